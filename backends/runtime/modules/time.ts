// The native `time` module: clocks (time, perf_counter, monotonic,
// process_time and their _ns forms), sleep, and the struct_time basics
// (localtime, gmtime, mktime, strftime, asctime, ctime). Time zones are the
// host's as Node reports them; sleep blocks the Worker thread.
import { None, raiseError, typeOf, containers, type PyValue } from '../object.js';
import { PyFloat } from '../float.js';
import { builtinFunction } from '../function.js';
import { registerNativeModule, type PyModule } from '../importer.js';
import { structSeqType } from './structSeq.js';

const structTime = structSeqType('time', 'struct_time', [
  'tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst',
]);

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function seconds(v: PyValue | undefined): number {
  if (v === undefined || v === None) return Date.now() / 1000;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof PyFloat) return v.value;
  return raiseError('TypeError', `'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

interface Fields { year: number; mon: number; mday: number; hour: number; min: number; sec: number; wday: number; yday: number; isdst: number }

function fieldsOf(date: Date, utc: boolean): Fields {
  const year = utc ? date.getUTCFullYear() : date.getFullYear();
  const mon = (utc ? date.getUTCMonth() : date.getMonth()) + 1;
  const mday = utc ? date.getUTCDate() : date.getDate();
  const start = utc ? Date.UTC(year, 0, 1) : new Date(year, 0, 1).getTime();
  const today = utc ? Date.UTC(year, mon - 1, mday) : new Date(year, mon - 1, mday).getTime();
  return {
    year, mon, mday,
    hour: utc ? date.getUTCHours() : date.getHours(),
    min: utc ? date.getUTCMinutes() : date.getMinutes(),
    sec: utc ? date.getUTCSeconds() : date.getSeconds(),
    wday: ((utc ? date.getUTCDay() : date.getDay()) + 6) % 7,
    yday: Math.round((today - start) / 86400000) + 1,
    isdst: utc ? 0 : isDst(date) ? 1 : 0,
  };
}

function isDst(date: Date): boolean {
  const jan = new Date(date.getFullYear(), 0, 1).getTimezoneOffset();
  const jul = new Date(date.getFullYear(), 6, 1).getTimezoneOffset();
  return Math.max(jan, jul) !== date.getTimezoneOffset() && jan !== jul;
}

function toStruct(f: Fields): PyValue {
  return structTime.make([f.year, f.mon, f.mday, f.hour, f.min, f.sec, f.wday, f.yday, f.isdst]);
}

function fromStruct(v: PyValue | undefined): Fields {
  if (v === undefined) return fieldsOf(new Date(), false);
  const items = containers.tupleItems(v);
  if (items === undefined || items.length !== 9) raiseError('TypeError', 'Tuple or struct_time argument required');
  const n = items.map((x) => Number(x));
  return { year: n[0]!, mon: n[1]!, mday: n[2]!, hour: n[3]!, min: n[4]!, sec: n[5]!, wday: n[6]!, yday: n[7]!, isdst: n[8]! };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function strftime(format: string, f: Fields): string {
  return format.replace(/%([a-zA-Z%])/g, (whole, code: string) => {
    switch (code) {
      case 'Y': return String(f.year);
      case 'y': return pad(f.year % 100);
      case 'm': return pad(f.mon);
      case 'd': return pad(f.mday);
      case 'e': return String(f.mday).padStart(2, ' ');
      case 'H': return pad(f.hour);
      case 'I': return pad(f.hour % 12 === 0 ? 12 : f.hour % 12);
      case 'M': return pad(f.min);
      case 'S': return pad(f.sec);
      case 'p': return f.hour < 12 ? 'AM' : 'PM';
      case 'A': return DAY_NAMES[f.wday]!;
      case 'a': return DAY_NAMES[f.wday]!.slice(0, 3);
      case 'B': return MONTH_NAMES[f.mon - 1]!;
      case 'b': case 'h': return MONTH_NAMES[f.mon - 1]!.slice(0, 3);
      case 'j': return pad(f.yday, 3);
      case 'w': return String((f.wday + 1) % 7);
      case 'u': return String(f.wday + 1);
      case 'D': return `${pad(f.mon)}/${pad(f.mday)}/${pad(f.year % 100)}`;
      case 'F': return `${f.year}-${pad(f.mon)}-${pad(f.mday)}`;
      case 'T': return `${pad(f.hour)}:${pad(f.min)}:${pad(f.sec)}`;
      case 'R': return `${pad(f.hour)}:${pad(f.min)}`;
      case 'c': return asctime(f);
      case 'x': return `${pad(f.mon)}/${pad(f.mday)}/${pad(f.year % 100)}`;
      case 'X': return `${pad(f.hour)}:${pad(f.min)}:${pad(f.sec)}`;
      case 'n': return '\n';
      case 't': return '\t';
      case '%': return '%';
      default: return whole;
    }
  });
}

function asctime(f: Fields): string {
  return `${DAY_NAMES[f.wday]!.slice(0, 3)} ${MONTH_NAMES[f.mon - 1]!.slice(0, 3)} ${String(f.mday).padStart(2, ' ')} ${pad(f.hour)}:${pad(f.min)}:${pad(f.sec)} ${f.year}`;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

function init(module: PyModule): void {
  const ns = module.dict;
  const fn = (name: string, impl: (...args: any[]) => PyValue, sig?: Parameters<typeof builtinFunction>[2]): void => {
    ns.setStr(name, builtinFunction(name, impl, sig));
  };
  const hr = (): bigint => process.hrtime.bigint();
  fn('time', () => new PyFloat(Date.now() / 1000));
  fn('time_ns', () => BigInt(Date.now()) * 1000000n);
  fn('perf_counter', () => new PyFloat(Number(hr()) / 1e9));
  fn('perf_counter_ns', () => hr());
  fn('monotonic', () => new PyFloat(Number(hr()) / 1e9));
  fn('monotonic_ns', () => hr());
  fn('process_time', () => {
    const u = process.cpuUsage();
    return new PyFloat((u.user + u.system) / 1e6);
  });
  fn('process_time_ns', () => {
    const u = process.cpuUsage();
    return BigInt(u.user + u.system) * 1000n;
  });
  fn('thread_time', () => {
    const u = process.cpuUsage();
    return new PyFloat((u.user + u.system) / 1e6);
  });
  fn('sleep', (secs: PyValue) => {
    const s = seconds(secs);
    if (s < 0) raiseError('ValueError', 'sleep length must be non-negative');
    if (s > 0) Atomics.wait(sleeper, 0, 0, s * 1000);
    return None;
  });
  fn('localtime', (secs?: PyValue) => toStruct(fieldsOf(new Date(seconds(secs) * 1000), false)), { min: 0, max: 1 });
  fn('gmtime', (secs?: PyValue) => toStruct(fieldsOf(new Date(seconds(secs) * 1000), true)), { min: 0, max: 1 });
  fn('mktime', (t: PyValue) => {
    const f = fromStruct(t);
    return new PyFloat(new Date(f.year, f.mon - 1, f.mday, f.hour, f.min, f.sec).getTime() / 1000);
  });
  fn('strftime', (format: PyValue, t?: PyValue) => {
    if (typeof format !== 'string') raiseError('TypeError', `strftime() argument 1 must be str, not ${typeOf(format).name}`);
    return strftime(format, fromStruct(t));
  }, { min: 1, max: 2 });
  fn('asctime', (t?: PyValue) => asctime(fromStruct(t)), { min: 0, max: 1 });
  fn('ctime', (secs?: PyValue) => asctime(fieldsOf(new Date(seconds(secs) * 1000), false)), { min: 0, max: 1 });
  ns.setStr('struct_time', structTime.type);
  ns.setStr('timezone', new Date().getTimezoneOffset() * 60);
  ns.setStr('altzone', new Date().getTimezoneOffset() * 60 - 3600);
  ns.setStr('daylight', 0);
  ns.setStr('tzname', containers.newTuple(['UTC', 'UTC']));
}

registerNativeModule('time', init);
