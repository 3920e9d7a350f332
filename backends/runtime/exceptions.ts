// Python exceptions as the runtime raises them. OWNED BY the object-model work:
// this first version only fixes the signature other runtime files call.
export function raiseError(typeName: string, message: string): never {
  throw new Error(`${typeName}: ${message}`);
}
