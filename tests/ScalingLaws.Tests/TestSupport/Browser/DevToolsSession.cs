using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace ScalingLaws.Tests.Browser;

/// <summary>
/// A minimal Chrome DevTools Protocol client over one page's WebSocket: commands get their result
/// (or throw with the protocol's error), and every event is kept so a test can inspect what the
/// page did (console errors, exceptions, network requests, dialogs).
/// </summary>
internal sealed class DevToolsSession : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode>> _pending = new();
    private readonly ConcurrentQueue<JsonNode> _events = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private Task? _receiving;
    private int _nextId;

    /// <summary>Every event received so far: {"method": ..., "params": {...}}.</summary>
    public IReadOnlyCollection<JsonNode> Events => _events;

    public static async Task<DevToolsSession> ConnectAsync(Uri endpoint)
    {
        var session = new DevToolsSession();
        session._socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await session._socket.ConnectAsync(endpoint, CancellationToken.None);
        session._receiving = Task.Run(session.ReceiveAsync);
        return session;
    }

    public async Task<JsonNode> SendAsync(string method, JsonObject? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await _sending.WaitAsync();
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sending.Release();
        }
        var done = await Task.WhenAny(reply.Task, Task.Delay(CommandTimeout));
        if (done != reply.Task)
            throw new TimeoutException($"DevTools command {method} got no reply within {CommandTimeout.TotalSeconds} s.");
        return await reply.Task;
    }

    /// <summary>Waits for an event (received before or after the call) that satisfies <paramref name="match"/>.</summary>
    public async Task<JsonNode> WaitForEventAsync(string method, TimeSpan timeout, Func<JsonNode, bool>? match = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var found = _events.FirstOrDefault(e => (string?)e["method"] == method && (match is null || match(e)));
            if (found is not null)
                return found;
            await Task.Delay(20);
        }
        throw new TimeoutException($"no DevTools event {method} within {timeout.TotalSeconds} s.");
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                    break;
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                    continue;
                Dispatch(JsonNode.Parse(message.ToArray())!);
                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The browser went away or we are closing; pending commands fail below.
        }
        foreach (var pending in _pending.Values)
            pending.TrySetException(new InvalidOperationException("the DevTools connection closed."));
    }

    private void Dispatch(JsonNode message)
    {
        if (message["id"] is { } id && _pending.TryRemove(id.GetValue<int>(), out var reply))
        {
            if (message["error"] is { } error)
                reply.TrySetException(new InvalidOperationException($"DevTools error: {error.ToJsonString()}"));
            else
                reply.TrySetResult(message["result"] ?? new JsonObject());
        }
        else if (message["method"] is not null)
        {
            _events.Enqueue(message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        try
        {
            if (_socket.State == WebSocketState.Open)
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // Already closed by the browser.
        }
        if (_receiving is not null)
            await Task.WhenAny(_receiving, Task.Delay(2000));
        _socket.Dispose();
        _stop.Dispose();
        _sending.Dispose();
    }
}
