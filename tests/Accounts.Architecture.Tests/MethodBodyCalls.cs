using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Accounts.Architecture.Tests;

/// <summary>
/// Reads the IL of every method of an assembly and lists the methods each top-level type calls,
/// as (calling type, called type, called member): what compiled code really does, lambdas and
/// async state machines included (they are attributed to the type that declares them).
/// </summary>
internal static class MethodBodyCalls
{
    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(op => op.Value, op => op.OperandType);

    public static List<(string Caller, string Type, string Member)> Of(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var calls = new List<(string, string, string)>();
        foreach (var typeHandle in metadata.TypeDefinitions)
        {
            var caller = TopLevelName(metadata, typeHandle);
            foreach (var methodHandle in metadata.GetTypeDefinition(typeHandle).GetMethods())
            {
                var method = metadata.GetMethodDefinition(methodHandle);
                if (method.RelativeVirtualAddress == 0)
                {
                    continue;
                }

                foreach (var token in MethodTokens(pe.GetMethodBody(method.RelativeVirtualAddress).GetILReader()))
                {
                    if (Describe(metadata, MetadataTokens.EntityHandle(token)) is { } called)
                    {
                        calls.Add((caller, called.Type, called.Member));
                    }
                }
            }
        }

        return calls;
    }

    private static List<int> MethodTokens(BlobReader il)
    {
        var tokens = new List<int>();
        while (il.RemainingBytes > 0)
        {
            short value = il.ReadByte();
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il.ReadByte()));
            }

            switch (Operands[value])
            {
                case OperandType.InlineMethod:
                    tokens.Add(il.ReadInt32());
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32();
                    il.Offset += 4 * targets;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                default:
                    il.Offset += 4;
                    break;
            }
        }

        return tokens;
    }

    private static (string Type, string Member)? Describe(MetadataReader metadata, EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.MemberReference:
                var reference = metadata.GetMemberReference((MemberReferenceHandle)handle);
                return (TypeName(metadata, reference.Parent), metadata.GetString(reference.Name));
            case HandleKind.MethodDefinition:
                var definition = metadata.GetMethodDefinition((MethodDefinitionHandle)handle);
                return (TopLevelName(metadata, definition.GetDeclaringType()), metadata.GetString(definition.Name));
            case HandleKind.MethodSpecification:
                return Describe(metadata, metadata.GetMethodSpecification((MethodSpecificationHandle)handle).Method);
            default:
                return null;
        }
    }

    private static string TypeName(MetadataReader metadata, EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeReference:
                var reference = metadata.GetTypeReference((TypeReferenceHandle)handle);
                return metadata.GetString(reference.Namespace) + "." + metadata.GetString(reference.Name);
            case HandleKind.TypeDefinition:
                return TopLevelName(metadata, (TypeDefinitionHandle)handle);
            case HandleKind.TypeSpecification:
                // A generic instantiation: its blob starts with GENERICINST, the kind, then the open type's handle.
                var blob = metadata.GetBlobReader(metadata.GetTypeSpecification((TypeSpecificationHandle)handle).Signature);
                return blob.ReadSignatureTypeCode() == SignatureTypeCode.GenericTypeInstance && blob.ReadSignatureTypeCode() is not SignatureTypeCode.Invalid
                    ? TypeName(metadata, blob.ReadTypeHandle())
                    : "?";
            default:
                return "?";
        }
    }

    private static string TopLevelName(MetadataReader metadata, TypeDefinitionHandle handle)
    {
        var type = metadata.GetTypeDefinition(handle);
        while (type.GetDeclaringType() is { IsNil: false } outer)
        {
            type = metadata.GetTypeDefinition(outer);
        }

        return metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name);
    }
}
