// Hooks through which later runtime files extend leaf ones without an import
// cycle: memoryview.ts makes its views bytes-like for bytes.ts's bytesData,
// codecs.ts adds the UTF-16/UTF-32 codecs to str.ts's encode and bytes.ts's
// decode, importer.ts lends its warnings.warn to the abstract layer. This
// module imports nothing, so it is initialized before either side however
// the runtime's modules are first imported.

/** A codec beyond utf-8/ascii/latin-1, with CPython's error handling. */
export interface ExtraCodec {
  encode(s: string, errors: string): Uint8Array;
  decode(data: Uint8Array, errors: string): string;
}

/** The extra codecs by encoding name; lookup answers null for any other name. */
export const extraCodecs: { lookup: ((name: string) => ExtraCodec | null) | null } = { lookup: null };

/** Other buffer providers for bytesData: the bytes of a bytes-like object, or null. */
export const bufferHooks: { data: ((v: unknown) => Uint8Array | null) | null } = { data: null };

/** warnings.warn(message, category) for native code in modules importer.ts cannot be imported by (it installs this). */
export const nativeWarnings: { warn: ((category: string, message: string) => void) | null } = { warn: null };
