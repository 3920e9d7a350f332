// Test helper: CPython's own AST of a file (through scripts/ast_json.py) turned
// into pvm's AST shape, so the compiler can be tested independently of pvm's
// parser. Revives ConstantValue objects: int strings to bigint, "inf"/"nan"
// floats, byte lists to Uint8Array.
import { execFileSync } from 'node:child_process';
import type * as A from '../../frontend/parser/ast.js';

function revive(key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value) && 'kind' in value && !('_type' in value)) {
    const v = value as Record<string, unknown>;
    const num = (x: unknown): number => (x === 'inf' ? Infinity : x === '-inf' ? -Infinity : x === 'nan' ? NaN : (x as number));
    switch (v['kind']) {
      case 'int': return { kind: 'int', value: BigInt(v['value'] as string) };
      case 'float': return { kind: 'float', value: num(v['value']) };
      case 'complex': return { kind: 'complex', real: num(v['real']), imag: num(v['imag']) };
      case 'bytes': return { kind: 'bytes', value: Uint8Array.from(v['value'] as number[]) };
      default: return value;
    }
  }
  void key;
  return value;
}

/** CPython's AST of a source file. */
export function cpythonAst(path: string): A.Module {
  const json = execFileSync('python3', ['scripts/ast_json.py', path], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return JSON.parse(json, revive) as A.Module;
}
