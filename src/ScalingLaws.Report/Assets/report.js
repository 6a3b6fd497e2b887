// The report's only script: sortable tables and the planner. Plain JavaScript, no network.
(function () {
  'use strict';

  // ---- Tables: click (or Enter on) a header to sort by that column; again to reverse.
  function sortKey(cell, numeric) {
    if (!numeric) return cell.textContent.trim().toLowerCase();
    var key = cell.getAttribute('data-sort');
    return key === null || key === '' ? NaN : Number(key);
  }

  function sortBy(table, header, column) {
    var numeric = header.getAttribute('data-type') === 'number';
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = sortKey(a.cells[column], numeric), y = sortKey(b.cells[column], numeric);
      // Empty cells go last in either direction.
      if (numeric && isNaN(x) !== isNaN(y)) return isNaN(x) ? 1 : -1;
      var order = x < y ? -1 : x > y ? 1 : 0;
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.setAttribute('aria-sort', 'none'); });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  }

  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
      header.addEventListener('click', function () { sortBy(table, header, column); });
      header.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortBy(table, header, column); }
      });
    });
  });

  // ---- Numbers, formatted as the C# side does (ReportFormat, Quantity).
  function scientific(v, significant) {
    var parts = v.toExponential((significant || 3) - 1).split('e');
    var mantissa = parts[0].indexOf('.') >= 0 ? parts[0].replace(/0+$/, '').replace(/\.$/, '') : parts[0];
    return mantissa + 'e' + parseInt(parts[1], 10);
  }

  var suffixes = [['P', 15], ['T', 12], ['B', 9], ['M', 6], ['K', 3]];

  function count(v) {
    if (!isFinite(v)) return '–';
    var rounded = Number(v.toExponential(2));
    var magnitude = Math.abs(rounded);
    if (magnitude >= 1e18 || (magnitude > 0 && magnitude < 1e-3)) return scientific(v, 3);
    for (var i = 0; i < suffixes.length; i++) {
      var scale = Math.pow(10, suffixes[i][1]);
      if (magnitude >= scale) return String(Number((rounded / scale).toPrecision(3))) + suffixes[i][0];
    }
    return String(rounded);
  }

  function significant(v, digits) {
    if (!isFinite(v)) return '–';
    var magnitude = v === 0 ? 0 : Math.floor(Math.log10(Math.abs(v)));
    if (magnitude < -3 || magnitude >= 7) return scientific(v, digits);
    var text = v.toFixed(Math.max(0, digits - 1 - magnitude));
    return text.indexOf('.') >= 0 ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
  }

  var formats = {
    flops: function (v) { return scientific(v, 3); },
    gpuHours: count,
    days: function (v) { return significant(v, 3); },
    dollars: function (v) { return '$' + count(v); },
    params: count,
    tokens: count,
    ratio: function (v) { return significant(v, 3); },
    loss: function (v) { return significant(v, 4); }
  };
  var units = { flops: ' FLOPs', params: ' params', tokens: ' tokens', ratio: '', loss: ' nats', gpuHours: ' GPU-hours', days: ' days', dollars: '' };

  // ---- The planner: Hoffmann et al.'s closed form under the fitted law and every bootstrap law.
  var source = document.getElementById('planner-data');
  if (!source) return;
  var data = JSON.parse(source.textContent);

  function frontier(p) {
    var E = p[0], A = p[1], B = p[2], alpha = p[3], beta = p[4];
    return {
      E: E, A: A, B: B, alpha: alpha, beta: beta,
      a: beta / (alpha + beta), b: alpha / (alpha + beta),
      G: Math.pow(alpha * A / (beta * B), 1 / (alpha + beta))
    };
  }

  function forFlops(law, flops) {
    var n = law.G * Math.pow(flops / 6, law.a);
    var d = Math.pow(flops / 6, law.b) / law.G;
    return costed({ flops: flops, params: n, tokens: d, ratio: d / n, loss: law.E + law.A / Math.pow(n, law.alpha) + law.B / Math.pow(d, law.beta) });
  }

  // TrainingCost in the library: GPU-hours = C / (peak · MFU) / 3600, days over the GPU count, dollars at the price.
  function costed(point) {
    var cost = data.cost;
    if (!cost) return point;
    point.gpuHours = point.flops / cost.flopsPerGpuHour;
    if (cost.gpus) point.days = point.gpuHours / cost.gpus / 24;
    if (cost.price) point.dollars = point.gpuHours * cost.price;
    return point;
  }

  // The least compute whose optimum reaches the loss; null when the loss is at or below E.
  function forLoss(law, loss) {
    if (!(loss > law.E)) return null;
    var k = law.A * Math.pow(law.G, -law.alpha) + law.B * Math.pow(law.G, law.beta);
    return forFlops(law, 6 * Math.pow(k / (loss - law.E), (law.alpha + law.beta) / (law.alpha * law.beta)));
  }

  // numpy's default (linear) percentile, as the C# bootstrap summaries use.
  function percentile(sorted, percent) {
    var position = percent / 100 * (sorted.length - 1);
    var below = Math.floor(position);
    var above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }

  // The readouts the page has: the allocation's, then the cost's when the report was given a GPU.
  var costNames = !data.cost ? [] : ['gpuHours'].concat(data.cost.gpus ? ['days'] : [], data.cost.price ? ['dollars'] : []);
  var quantities = ['flops', 'params', 'tokens', 'ratio', 'loss'].concat(costNames);
  var law = frontier(data.law);
  var draws = data.draws.map(frontier);
  var slider = document.getElementById('plan-budget');
  var target = document.getElementById('plan-target');
  var budgetOut = document.getElementById('plan-budget-out');
  var status = document.getElementById('plan-status');

  function show(name, value, interval) {
    var element = document.getElementById('plan-' + name);
    element.textContent = isFinite(value) ? formats[name](value) + units[name] : '–';
    element.setAttribute('data-value', String(value));
    var ci = document.getElementById('plan-' + name + '-ci');
    if (interval) {
      ci.textContent = '[' + formats[name](interval[0]) + ', ' + formats[name](interval[1]) + ']';
      ci.setAttribute('data-low', String(interval[0]));
      ci.setAttribute('data-high', String(interval[1]));
    } else {
      ci.textContent = '';
      ci.removeAttribute('data-low');
      ci.removeAttribute('data-high');
    }
  }

  // The 95 % interval of each quantity over the bootstrap allocations (those that exist).
  function intervals(allocations) {
    var result = {};
    quantities.forEach(function (name) {
      if (allocations.length < 2) return;
      var values = allocations.map(function (a) { return a[name]; }).filter(isFinite).sort(function (x, y) { return x - y; });
      if (values.length >= 2) result[name] = [percentile(values, 2.5), percentile(values, 97.5)];
    });
    return result;
  }

  // The predictive 95 % interval of L* (PlannedLoss in the library): the law's own error at the distance of (N*, D*) beyond
  // the fitted runs (ExtrapolationDistance.Relative: the summed distances of N and D, or that of C = 6ND where larger), from the
  // model measured by compute beyond every run's compute and the main one elsewhere (PredictiveModel.ErrorsFor), and the
  // parameters' share from the bootstrap interval of L*, or without draws by the delta method (curvatureSigma), in quadrature;
  // where the fit's E collapsed, reaching up to the loss at the edge of the data (UnseenFloor).
  function predictive(point, lossSpread) {
    var p = data.predictive;
    if (!p) return lossSpread;
    var distance = 0;
    [point.params, point.tokens].forEach(function (v, i) {
      distance += leverage(v, p.ranges[i], p.minimumSpan);
    });
    var compute = 6 * point.params * point.tokens;
    if (p.compute) distance = Math.max(distance, leverage(compute, p.compute, p.minimumSpan));
    var errors = p.costlier && p.compute && compute > p.compute[1] ? p.costlier : p.main;
    var s = Math.sqrt(errors.sigma0 * errors.sigma0 + errors.slope * errors.slope * distance * distance);
    var parameter = lossSpread ? (lossSpread[0] > 0 ? (Math.log(lossSpread[1]) - Math.log(lossSpread[0])) / (2 * p.normal) : 0)
      : curvatureSigma(p.covariance, point);
    var half = errors.multiplier * Math.sqrt(s * s + parameter * parameter);
    var upper = point.loss * Math.exp(half);
    if (p.collapsed) upper = Math.max(upper, edgeLoss(p, point));
    return [point.loss * Math.exp(-half), upper];
  }

  // The parameters' standard error of ln L at (N*, D*) by the delta method (ParameterUncertainty.LogSigma): sqrt(Jᵀ Σ J) with
  // J = ∂ ln L / ∂(ln E, ln A, ln B, α, β), Σ the fit's covariance on that scale, row by row; 0 without one or where it is not a number.
  function curvatureSigma(covariance, point) {
    if (!covariance) return 0;
    var termA = law.A / Math.pow(point.params, law.alpha), termB = law.B / Math.pow(point.tokens, law.beta);
    var loss = law.E + termA + termB;
    var j = [law.E / loss, termA / loss, termB / loss, -termA * Math.log(point.params) / loss, -termB * Math.log(point.tokens) / loss];
    var variance = 0;
    for (var a = 0; a < j.length; a++)
      for (var b = 0; b < j.length; b++) variance += j[a] * covariance[a * j.length + b] * j[b];
    return variance >= 0 && isFinite(variance) ? Math.sqrt(variance) : 0;
  }

  // The law's loss with N and D each lowered to its largest fitted value.
  function edgeLoss(p, point) {
    var n = Math.min(point.params, p.ranges[0][1]), d = Math.min(point.tokens, p.ranges[1][1]);
    return law.E + law.A / Math.pow(n, law.alpha) + law.B / Math.pow(d, law.beta);
  }

  // Decades beyond a fitted range [min, max] per decade it spans (InputFactor.Relative in the library).
  function leverage(v, range, minimumSpan) {
    var min = range[0], max = range[1];
    var factor = v > max ? v / max : v < min ? min / v : 1;
    return Math.log10(factor) / Math.max(Math.log10(max / min), minimumSpan);
  }

  function extrapolation(flops) {
    if (data.largestRun === null) return '';
    return flops <= data.largestRun
      ? 'This budget is within the compute of the runs in the data.'
      : 'This budget is ' + significant(flops / data.largestRun, 3) + '× the compute of the largest run in the data: an extrapolation.';
  }

  function render(point, spread, given, message) {
    quantities.forEach(function (name) {
      // The cost follows C alone: a given budget fixes it.
      var fixed = name === given || (given === 'flops' && costNames.indexOf(name) >= 0);
      show(name, point[name], fixed ? null : spread[name]);
    });
    budgetOut.textContent = formats.flops(point.flops) + units.flops;
    status.textContent = message;
    status.classList.toggle('problem', false);
  }

  function fromBudget() {
    target.value = '';
    var flops = Math.pow(10, Number(slider.value));
    var spread = intervals(draws.map(function (d) { return forFlops(d, flops); }));
    var point = forFlops(law, flops);
    spread.loss = predictive(point, spread.loss);
    render(point, spread, 'flops', extrapolation(flops));
  }

  function fromTarget() {
    var loss = Number(target.value);
    if (target.value === '' || !isFinite(loss)) return;
    var point = forLoss(law, loss);
    if (point === null) {
      // No numbers rather than stale ones.
      quantities.forEach(function (name) { show(name, NaN, null); });
      status.textContent = 'A loss of ' + significant(loss, 4) + ' nats is at or below the irreducible loss E = ' + significant(law.E, 4) + ': no amount of compute reaches it.';
      status.classList.toggle('problem', true);
      return;
    }
    var reached = draws.map(function (d) { return forLoss(d, loss); }).filter(function (a) { return a !== null; });
    var position = Math.log10(point.flops);
    slider.value = String(Math.min(Number(slider.max), Math.max(Number(slider.min), position)));
    var message = extrapolation(point.flops);
    if (draws.length > 0 && reached.length < draws.length)
      message += ' ' + (draws.length - reached.length) + ' of ' + draws.length + ' bootstrap laws cannot reach this loss at any budget; the intervals use the rest.';
    render(point, intervals(reached), 'loss', message);
  }

  slider.addEventListener('input', fromBudget);
  target.addEventListener('input', fromTarget);
  fromBudget();
})();
