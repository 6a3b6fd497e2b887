using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ScalingLaws.IO.LawFiles;

/// <summary>
/// The members of this type that are null are left out of its JSON: the type's optional parts, declared once instead of a
/// <c>[JsonIgnore(Condition = WhenWritingNull)]</c> above each. A member with its own <see cref="JsonIgnoreAttribute"/> keeps
/// it (<c>Condition = Never</c>: a null that means something is written). <see cref="DocumentJson"/>'s options apply it.
/// </summary>
/// <remarks>
/// Not a context's <c>DefaultIgnoreCondition</c>: the documents are written with their own options over the generated
/// metadata, which ignore the context's, and most documents print their nulls.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class OmitNullsAttribute : Attribute
{
    /// <summary>The rule as a contract modifier: each member of a marked type that can be null and has no ignore condition of its own is written only when not null.</summary>
    public static void Apply(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object || !type.Type.IsDefined(typeof(OmitNullsAttribute), inherit: false))
            return;
        foreach (var member in type.Properties)
            if (CanBeNull(member.PropertyType) && member.AttributeProvider?.IsDefined(typeof(JsonIgnoreAttribute), inherit: false) != true)
                member.ShouldSerialize = static (_, value) => value is not null;
    }

    private static bool CanBeNull(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
}
