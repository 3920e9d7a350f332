// The native `time` module: clocks (time, perf_counter, monotonic,
// process_time and their _ns forms), sleep, and the struct_time basics
// (localtime, gmtime, mktime, strftime, strptime, asctime, ctime; strftime
// and strptime are lib/datetime.py's, shared with datetime). Time zones are
// the host's as Node reports them; sleep blocks the Worker thread.
import { None, raiseError, typeOf, containers, type PyValue } from '../object.js';
import { PyFloat } from '../float.js';
import { builtinFunction } from '../function.js';
import { registerNativeModule, importModule, type PyModule } from '../importer.js';
import * as rt from '../abstract.js';
import { structSeqType } from './structSeq.js';

const structTime = structSeqType('time', 'struct_time', [
  'tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst',
], ['tm_zone', 'tm_gmtoff'], true);

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

/** The zone of a struct_time: gmtime's is GMT; local time is the host's zone, reported as UTC (pvm's only zone name). */
function toStruct(f: Fields, utc: boolean, gmtoff = 0): PyValue {
  return structTime.make([f.year, f.mon, f.mday, f.hour, f.min, f.sec, f.wday, f.yday, f.isdst], [utc ? 'GMT' : 'UTC', gmtoff]);
}

function fromStruct(v: PyValue | undefined): Fields {
  if (v === undefined) return fieldsOf(new Date(), false);
  const items = containers.tupleItems(v);
  if (items === undefined || items.length !== 9) raiseError('TypeError', 'Tuple or struct_time argument required');
  const n = items.map((x) => Number(x));
  return { year: n[0]!, mon: n[1]!, mday: n[2]!, hour: n[3]!, min: n[4]!, sec: n[5]!, wday: n[6]!, yday: n[7]!, isdst: n[8]! };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** lib/datetime.py's helpers, which time.strftime and time.strptime share with datetime (the C locale's directives, once). */
function datetimeHelper(name: string): PyValue {
  return rt.getAttr(importModule('datetime'), name);
}

function strftime(format: PyValue, t: PyValue | undefined): PyValue {
  const f = fromStruct(t);
  const zone = t === undefined ? 'UTC' : rt.getAttrOrUndefined(t, 'tm_zone') ?? None;
  const fields = containers.newTuple([f.year, f.mon, f.mday, f.hour, f.min, f.sec, 0]);
  const offset = rt.call(datetimeHelper('timedelta'), [0]);
  return rt.call(datetimeHelper('_strftime'), [format, fields, builtinFunction('tzname_of', () => (zone === None ? 'UTC' : zone)), builtinFunction('offset_of', () => offset)]);
}

/** Days from 1970-01-01 to a proleptic Gregorian date. */
function daysFromCivil(year: number, mon: number, day: number): number {
  const y = mon <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (mon + (mon > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

function strptime(data: PyValue, format: PyValue): PyValue {
  [data, format].forEach((arg, index) => {
    if (typeof arg !== 'string') raiseError('TypeError', `strptime() argument ${index} must be str, not <class '${typeOf(arg).name}'>`);
  });
  const parsed = containers.tupleItems(rt.call(datetimeHelper('_strptime'), [data, format]))!;
  const [year, mon, mday, hour, min, sec] = containers.tupleItems(parsed[0]!)!.map((x) => Number(x)) as number[];
  // Feb 29 without a year is read in 1904 and reported as 1900, weekday and all, as CPython's _strptime does.
  const dayYear = mon === 2 && mday === 29 && year === 1900 ? 1904 : year!;
  const days = daysFromCivil(dayYear, mon!, mday!);
  const wday = (((days + 3) % 7) + 7) % 7;
  const yday = days - daysFromCivil(dayYear, 1, 1) + 1;
  return structTime.make([year!, mon!, mday!, hour!, min!, sec!, wday, yday, -1], [None, None]);
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
  fn('localtime', (secs?: PyValue) => {
    const date = new Date(seconds(secs) * 1000);
    return toStruct(fieldsOf(date, false), false, -date.getTimezoneOffset() * 60);
  }, { min: 0, max: 1 });
  fn('gmtime', (secs?: PyValue) => toStruct(fieldsOf(new Date(seconds(secs) * 1000), true), true), { min: 0, max: 1 });
  fn('mktime', (t: PyValue) => {
    const f = fromStruct(t);
    return new PyFloat(new Date(f.year, f.mon - 1, f.mday, f.hour, f.min, f.sec).getTime() / 1000);
  });
  fn('strftime', (format: PyValue, t?: PyValue) => strftime(format, t), { min: 1, max: 2 });
  fn('strptime', (data: PyValue, format?: PyValue) => strptime(data, format ?? '%a %b %d %H:%M:%S %Y'), { min: 1, max: 2 });
  fn('asctime', (t?: PyValue) => asctime(fromStruct(t)), { min: 0, max: 1 });
  fn('ctime', (secs?: PyValue) => asctime(fieldsOf(new Date(seconds(secs) * 1000), false)), { min: 0, max: 1 });
  ns.setStr('struct_time', structTime.type);
  ns.setStr('timezone', new Date().getTimezoneOffset() * 60);
  ns.setStr('altzone', new Date().getTimezoneOffset() * 60 - 3600);
  ns.setStr('daylight', 0);
  ns.setStr('tzname', containers.newTuple(['UTC', 'UTC']));
}

registerNativeModule('time', init);
