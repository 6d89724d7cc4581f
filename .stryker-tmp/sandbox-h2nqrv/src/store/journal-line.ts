// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import { crc32 } from 'node:zlib';
import type * as z from 'zod';
import type { AuditEntry } from './audit.ts';
import { collectionOf, type Db, dbSchema, ITEM_COLLECTIONS, partSchema } from './schema.ts';
import type { Seal } from './seal.ts';

/**
 * One line of the journal: `<crc32 as 8 hex digits> <JSON>\n`. The checksum covers the
 * JSON, so a flipped byte inside a string is found, not replayed (as write-ahead logs
 * do). Lines from before the checksum (bare JSON) are still read.
 */
export interface JournalEntry {
  /** Numbers the changes, also across compactions; the audit entries carry it too. */
  readonly seq?: number;
  readonly items: ReadonlyArray<{
    readonly id: string;
  }>;
  /** Top-level parts written by the change, whole (`counters`, or a collection that lost an item). */
  readonly shared?: {
    readonly [key: string]: unknown;
  };
  /** Top-level records of which only some keys changed: those keys (`counters: {"BES-2026": 12}`). */
  readonly patch?: {
    readonly [key: string]: {
      readonly [name: string]: unknown;
    };
  };
  readonly handled?: {
    readonly key: string;
    readonly at: string;
  };
  /** Who did it: the change's audit entries, written to `audit.jsonl` after the line is on disk. */
  readonly audit?: readonly AuditEntry[];
  /** Written by earlier versions: every line carried these whole. */
  readonly counters?: Db['counters'];
  readonly scheduler?: Db['scheduler'];
  readonly forgottenMembers?: Db['forgottenMembers'];
}

/** Encodes a line as the store writes it: sealed when a seal is given (see seal.ts). */
export function encodeLine(entry: JournalEntry, seal?: Seal): string {
  if (stryMutAct_9fa48("0")) {
    {}
  } else {
    stryCov_9fa48("0");
    const json = JSON.stringify(entry);
    const text = seal ? stryMutAct_9fa48("1") ? `` : (stryCov_9fa48("1"), `${stryMutAct_9fa48("2") ? json : (stryCov_9fa48("2"), json.slice(0, stryMutAct_9fa48("3") ? +1 : (stryCov_9fa48("3"), -1)))},"seal":"${seal.of(json)}"}`) : json;
    return stryMutAct_9fa48("4") ? `` : (stryCov_9fa48("4"), `${checksum(text)} ${text}\n`);
  }
}

/**
 * The line of a change, sealed, if it reads back as the same change under the schema, in
 * full (as a line without a seal is read at start); otherwise the first thing that would
 * not load, named by its place (never by its value). The store writes only what it can load.
 */
export function checkedLine(entry: JournalEntry, seal: Seal): {
  readonly text: string;
} | {
  readonly problem: string;
} {
  if (stryMutAct_9fa48("5")) {
    {}
  } else {
    stryCov_9fa48("5");
    const decoded = checkEntry(JSON.parse(JSON.stringify(entry)), stryMutAct_9fa48("6") ? true : (stryCov_9fa48("6"), false));
    return (stryMutAct_9fa48("7") ? "" : (stryCov_9fa48("7"), 'problem')) in decoded ? decoded : stryMutAct_9fa48("8") ? {} : (stryCov_9fa48("8"), {
      text: encodeLine(entry, seal)
    });
  }
}
function checksum(json: string): string {
  if (stryMutAct_9fa48("9")) {
    {}
  } else {
    stryCov_9fa48("9");
    return crc32(json).toString(16).padStart(8, stryMutAct_9fa48("10") ? "" : (stryCov_9fa48("10"), '0'));
  }
}
export type Decoded = {
  readonly entry: JournalEntry;
} | {
  readonly problem: string;
};
const SPACE = 0x20;

/** Whether the line starts with a checksum: 8 lowercase hex digits and a space. */
function framed(line: Uint8Array): boolean {
  if (stryMutAct_9fa48("11")) {
    {}
  } else {
    stryCov_9fa48("11");
    // A line shorter than 9 bytes has no ninth: `line[8]` is undefined.
    if (stryMutAct_9fa48("14") ? line[8] === SPACE : stryMutAct_9fa48("13") ? false : stryMutAct_9fa48("12") ? true : (stryCov_9fa48("12", "13", "14"), line[8] !== SPACE)) return stryMutAct_9fa48("15") ? true : (stryCov_9fa48("15"), false);
    for (let index = 0; stryMutAct_9fa48("18") ? index >= 8 : stryMutAct_9fa48("17") ? index <= 8 : stryMutAct_9fa48("16") ? false : (stryCov_9fa48("16", "17", "18"), index < 8); stryMutAct_9fa48("19") ? index-- : (stryCov_9fa48("19"), index++)) if (stryMutAct_9fa48("22") ? false : stryMutAct_9fa48("21") ? true : stryMutAct_9fa48("20") ? isHexDigit(line[index]) : (stryCov_9fa48("20", "21", "22"), !isHexDigit(line[index]))) return stryMutAct_9fa48("23") ? true : (stryCov_9fa48("23"), false);
    return stryMutAct_9fa48("24") ? false : (stryCov_9fa48("24"), true);
  }
}

/** 0-9 or a-f, as the checksum is written. */
export function isHexDigit(byte: number | undefined): boolean {
  if (stryMutAct_9fa48("25")) {
    {}
  } else {
    stryCov_9fa48("25");
    return stryMutAct_9fa48("28") ? byte !== undefined || byte >= 0x30 && byte <= 0x39 || byte >= 0x61 && byte <= 0x66 : stryMutAct_9fa48("27") ? false : stryMutAct_9fa48("26") ? true : (stryCov_9fa48("26", "27", "28"), (stryMutAct_9fa48("30") ? byte === undefined : stryMutAct_9fa48("29") ? true : (stryCov_9fa48("29", "30"), byte !== undefined)) && (stryMutAct_9fa48("32") ? byte >= 0x30 && byte <= 0x39 && byte >= 0x61 && byte <= 0x66 : stryMutAct_9fa48("31") ? true : (stryCov_9fa48("31", "32"), (stryMutAct_9fa48("34") ? byte >= 0x30 || byte <= 0x39 : stryMutAct_9fa48("33") ? false : (stryCov_9fa48("33", "34"), (stryMutAct_9fa48("37") ? byte < 0x30 : stryMutAct_9fa48("36") ? byte > 0x30 : stryMutAct_9fa48("35") ? true : (stryCov_9fa48("35", "36", "37"), byte >= 0x30)) && (stryMutAct_9fa48("40") ? byte > 0x39 : stryMutAct_9fa48("39") ? byte < 0x39 : stryMutAct_9fa48("38") ? true : (stryCov_9fa48("38", "39", "40"), byte <= 0x39)))) || (stryMutAct_9fa48("42") ? byte >= 0x61 || byte <= 0x66 : stryMutAct_9fa48("41") ? false : (stryCov_9fa48("41", "42"), (stryMutAct_9fa48("45") ? byte < 0x61 : stryMutAct_9fa48("44") ? byte > 0x61 : stryMutAct_9fa48("43") ? true : (stryCov_9fa48("43", "44", "45"), byte >= 0x61)) && (stryMutAct_9fa48("48") ? byte > 0x66 : stryMutAct_9fa48("47") ? byte < 0x66 : stryMutAct_9fa48("46") ? true : (stryCov_9fa48("46", "47", "48"), byte <= 0x66)))))));
  }
}

/** The end of a sealed line's JSON: `,"seal":"<64 hex digits>"}`. */
const SEALED = stryMutAct_9fa48("51") ? /,"seal":"([^0-9a-f]{64})"\}$/ : stryMutAct_9fa48("50") ? /,"seal":"([0-9a-f])"\}$/ : stryMutAct_9fa48("49") ? /,"seal":"([0-9a-f]{64})"\}/ : (stryCov_9fa48("49", "50", "51"), /,"seal":"([0-9a-f]{64})"\}$/);

/**
 * Reads one line (its bytes, without the newline), checked: its checksum (over the bytes
 * as written), its JSON, and every item and part it holds, unless the line carries this
 * store's seal (it passed the schema when the store wrote it; see seal.ts).
 */
export function decodeLine(line: Uint8Array | string, seal?: Seal): Decoded {
  if (stryMutAct_9fa48("52")) {
    {}
  } else {
    stryCov_9fa48("52");
    const bytes = (stryMutAct_9fa48("55") ? typeof line !== 'string' : stryMutAct_9fa48("54") ? false : stryMutAct_9fa48("53") ? true : (stryCov_9fa48("53", "54", "55"), typeof line === (stryMutAct_9fa48("56") ? "" : (stryCov_9fa48("56"), 'string')))) ? Buffer.from(line) : Buffer.from(line.buffer, line.byteOffset, line.length);
    let json: string;
    if (stryMutAct_9fa48("58") ? false : stryMutAct_9fa48("57") ? true : (stryCov_9fa48("57", "58"), framed(bytes))) {
      if (stryMutAct_9fa48("59")) {
        {}
      } else {
        stryCov_9fa48("59");
        const body = bytes.subarray(9);
        if (stryMutAct_9fa48("62") ? crc32(body) === Number.parseInt(bytes.toString('latin1', 0, 8), 16) : stryMutAct_9fa48("61") ? false : stryMutAct_9fa48("60") ? true : (stryCov_9fa48("60", "61", "62"), crc32(body) !== Number.parseInt(bytes.toString(stryMutAct_9fa48("63") ? "" : (stryCov_9fa48("63"), 'latin1'), 0, 8), 16))) return stryMutAct_9fa48("64") ? {} : (stryCov_9fa48("64"), {
          problem: stryMutAct_9fa48("65") ? "" : (stryCov_9fa48("65"), 'de controlesom klopt niet')
        });
        json = body.toString(stryMutAct_9fa48("66") ? "" : (stryCov_9fa48("66"), 'utf8'));
      }
    } else json = bytes.toString(stryMutAct_9fa48("67") ? "" : (stryCov_9fa48("67"), 'utf8'));
    let parsed: unknown;
    try {
      if (stryMutAct_9fa48("68")) {
        {}
      } else {
        stryCov_9fa48("68");
        parsed = JSON.parse(json);
      }
    } catch {
      if (stryMutAct_9fa48("69")) {
        {}
      } else {
        stryCov_9fa48("69");
        return stryMutAct_9fa48("70") ? {} : (stryCov_9fa48("70"), {
          problem: stryMutAct_9fa48("71") ? "" : (stryCov_9fa48("71"), 'het is geen geldige JSON')
        });
      }
    }
    const sealed = seal ? SEALED.exec(json) : null;
    const proven = stryMutAct_9fa48("74") ? sealed !== null || seal!.verifies(`${json.slice(0, sealed.index)}}`, sealed[1]) : stryMutAct_9fa48("73") ? false : stryMutAct_9fa48("72") ? true : (stryCov_9fa48("72", "73", "74"), (stryMutAct_9fa48("76") ? sealed === null : stryMutAct_9fa48("75") ? true : (stryCov_9fa48("75", "76"), sealed !== null)) && seal!.verifies(stryMutAct_9fa48("77") ? `` : (stryCov_9fa48("77"), `${stryMutAct_9fa48("78") ? json : (stryCov_9fa48("78"), json.slice(0, sealed.index))}}`), sealed[1]));
    return checkEntry(parsed, proven);
  }
}
const itemSchemas = new Map<string, z.ZodType>(Object.values(ITEM_COLLECTIONS).map(stryMutAct_9fa48("79") ? () => undefined : (stryCov_9fa48("79"), key => stryMutAct_9fa48("80") ? [] : (stryCov_9fa48("80"), [key, (dbSchema.shape[key] as unknown as z.ZodDefault<z.ZodArray<z.ZodType>>).unwrap().element]))));
const LEGACY_PARTS = ['counters', 'scheduler', 'forgottenMembers'] as const;
function isRecord(value: unknown): value is Record<string, unknown> {
  if (stryMutAct_9fa48("81")) {
    {}
  } else {
    stryCov_9fa48("81");
    return stryMutAct_9fa48("84") ? typeof value === 'object' && value !== null || !Array.isArray(value) : stryMutAct_9fa48("83") ? false : stryMutAct_9fa48("82") ? true : (stryCov_9fa48("82", "83", "84"), (stryMutAct_9fa48("86") ? typeof value === 'object' || value !== null : stryMutAct_9fa48("85") ? true : (stryCov_9fa48("85", "86"), (stryMutAct_9fa48("88") ? typeof value !== 'object' : stryMutAct_9fa48("87") ? true : (stryCov_9fa48("87", "88"), typeof value === (stryMutAct_9fa48("89") ? "" : (stryCov_9fa48("89"), 'object')))) && (stryMutAct_9fa48("91") ? value === null : stryMutAct_9fa48("90") ? true : (stryCov_9fa48("90", "91"), value !== null)))) && (stryMutAct_9fa48("92") ? Array.isArray(value) : (stryCov_9fa48("92"), !Array.isArray(value))));
  }
}

/** A value that passed `schema` (as parsed), or where and why it did not. */
type Checked = {
  readonly success: true;
  readonly data: unknown;
} | {
  readonly success: false;
  readonly where: string;
};

/** Checks values against their schema; a proven line's values are taken as they are (checked when written). */
function checker(proven: boolean): (schema: z.ZodType | undefined, value: unknown) => Checked {
  if (stryMutAct_9fa48("93")) {
    {}
  } else {
    stryCov_9fa48("93");
    return (schema, value) => {
      if (stryMutAct_9fa48("94")) {
        {}
      } else {
        stryCov_9fa48("94");
        if (stryMutAct_9fa48("97") ? false : stryMutAct_9fa48("96") ? true : stryMutAct_9fa48("95") ? schema : (stryCov_9fa48("95", "96", "97"), !schema)) return stryMutAct_9fa48("98") ? {} : (stryCov_9fa48("98"), {
          success: stryMutAct_9fa48("99") ? true : (stryCov_9fa48("99"), false),
          where: stryMutAct_9fa48("100") ? "Stryker was here!" : (stryCov_9fa48("100"), '')
        });
        if (stryMutAct_9fa48("102") ? false : stryMutAct_9fa48("101") ? true : (stryCov_9fa48("101", "102"), proven)) return stryMutAct_9fa48("103") ? {} : (stryCov_9fa48("103"), {
          success: stryMutAct_9fa48("104") ? false : (stryCov_9fa48("104"), true),
          data: value
        });
        const result = schema.safeParse(value);
        if (stryMutAct_9fa48("106") ? false : stryMutAct_9fa48("105") ? true : (stryCov_9fa48("105", "106"), result.success)) return result;
        const issue = result.error.issues[0]!;
        const path = issue.path.map(String).join(stryMutAct_9fa48("107") ? "" : (stryCov_9fa48("107"), '.'));
        return stryMutAct_9fa48("108") ? {} : (stryCov_9fa48("108"), {
          success: stryMutAct_9fa48("109") ? true : (stryCov_9fa48("109"), false),
          where: stryMutAct_9fa48("110") ? `` : (stryCov_9fa48("110"), `${path ? stryMutAct_9fa48("111") ? `` : (stryCov_9fa48("111"), ` bij '${path}'`) : stryMutAct_9fa48("112") ? "Stryker was here!" : (stryCov_9fa48("112"), '')} (${issue.message})`)
        });
      }
    };
  }
}
function checkEntry(parsed: unknown, proven: boolean): Decoded {
  if (stryMutAct_9fa48("113")) {
    {}
  } else {
    stryCov_9fa48("113");
    if (stryMutAct_9fa48("116") ? !isRecord(parsed) && !Array.isArray(parsed.items) : stryMutAct_9fa48("115") ? false : stryMutAct_9fa48("114") ? true : (stryCov_9fa48("114", "115", "116"), (stryMutAct_9fa48("117") ? isRecord(parsed) : (stryCov_9fa48("117"), !isRecord(parsed))) || (stryMutAct_9fa48("118") ? Array.isArray(parsed.items) : (stryCov_9fa48("118"), !Array.isArray(parsed.items))))) return stryMutAct_9fa48("119") ? {} : (stryCov_9fa48("119"), {
      problem: stryMutAct_9fa48("120") ? "" : (stryCov_9fa48("120"), 'er staat geen wijziging in')
    });
    const check = checker(proven);
    const items: Array<{
      id: string;
    }> = stryMutAct_9fa48("121") ? ["Stryker was here"] : (stryCov_9fa48("121"), []);
    for (const [index, item] of parsed.items.entries()) {
      if (stryMutAct_9fa48("122")) {
        {}
      } else {
        stryCov_9fa48("122");
        const id = (stryMutAct_9fa48("125") ? isRecord(item) || typeof item.id === 'string' : stryMutAct_9fa48("124") ? false : stryMutAct_9fa48("123") ? true : (stryCov_9fa48("123", "124", "125"), isRecord(item) && (stryMutAct_9fa48("127") ? typeof item.id !== 'string' : stryMutAct_9fa48("126") ? true : (stryCov_9fa48("126", "127"), typeof item.id === (stryMutAct_9fa48("128") ? "" : (stryCov_9fa48("128"), 'string')))))) ? item.id : undefined;
        const key = (stryMutAct_9fa48("131") ? id !== undefined : stryMutAct_9fa48("130") ? false : stryMutAct_9fa48("129") ? true : (stryCov_9fa48("129", "130", "131"), id === undefined)) ? undefined : collectionOf(id.split(stryMutAct_9fa48("132") ? "" : (stryCov_9fa48("132"), '-'))[0]!);
        const result = check(stryMutAct_9fa48("135") ? key || itemSchemas.get(key) : stryMutAct_9fa48("134") ? false : stryMutAct_9fa48("133") ? true : (stryCov_9fa48("133", "134", "135"), key && itemSchemas.get(key)), item);
        if (stryMutAct_9fa48("138") ? false : stryMutAct_9fa48("137") ? true : stryMutAct_9fa48("136") ? result.success : (stryCov_9fa48("136", "137", "138"), !result.success)) {
          if (stryMutAct_9fa48("139")) {
            {}
          } else {
            stryCov_9fa48("139");
            if (stryMutAct_9fa48("142") ? false : stryMutAct_9fa48("141") ? true : stryMutAct_9fa48("140") ? key : (stryCov_9fa48("140", "141", "142"), !key)) {
              if (stryMutAct_9fa48("143")) {
                {}
              } else {
                stryCov_9fa48("143");
                const what = (stryMutAct_9fa48("146") ? id !== undefined : stryMutAct_9fa48("145") ? false : stryMutAct_9fa48("144") ? true : (stryCov_9fa48("144", "145", "146"), id === undefined)) ? stryMutAct_9fa48("147") ? "" : (stryCov_9fa48("147"), 'het heeft geen id') : stryMutAct_9fa48("148") ? `` : (stryCov_9fa48("148"), `onbekend soort id: ${id.split(stryMutAct_9fa48("149") ? "" : (stryCov_9fa48("149"), '-'))[0]}`);
                return stryMutAct_9fa48("150") ? {} : (stryCov_9fa48("150"), {
                  problem: stryMutAct_9fa48("151") ? `` : (stryCov_9fa48("151"), `onderdeel ${stryMutAct_9fa48("152") ? index - 1 : (stryCov_9fa48("152"), index + 1)} is geen geldig item bij 'id' (${what})`)
                });
              }
            }
            return stryMutAct_9fa48("153") ? {} : (stryCov_9fa48("153"), {
              problem: stryMutAct_9fa48("154") ? `` : (stryCov_9fa48("154"), `onderdeel ${stryMutAct_9fa48("155") ? index - 1 : (stryCov_9fa48("155"), index + 1)} (${key} ${id}) is geen geldig item${result.where}`)
            });
          }
        }
        if (stryMutAct_9fa48("156")) {
          ;
        } else {
          stryCov_9fa48("156");
          items.push(result.data as {
            id: string;
          });
        }
      }
    }
    if (stryMutAct_9fa48("159") ? parsed.shared !== undefined || !isRecord(parsed.shared) : stryMutAct_9fa48("158") ? false : stryMutAct_9fa48("157") ? true : (stryCov_9fa48("157", "158", "159"), (stryMutAct_9fa48("161") ? parsed.shared === undefined : stryMutAct_9fa48("160") ? true : (stryCov_9fa48("160", "161"), parsed.shared !== undefined)) && (stryMutAct_9fa48("162") ? isRecord(parsed.shared) : (stryCov_9fa48("162"), !isRecord(parsed.shared))))) return stryMutAct_9fa48("163") ? {} : (stryCov_9fa48("163"), {
      problem: stryMutAct_9fa48("164") ? "" : (stryCov_9fa48("164"), "het deel 'shared' klopt niet")
    });
    if (stryMutAct_9fa48("167") ? parsed.patch !== undefined || !isRecord(parsed.patch) : stryMutAct_9fa48("166") ? false : stryMutAct_9fa48("165") ? true : (stryCov_9fa48("165", "166", "167"), (stryMutAct_9fa48("169") ? parsed.patch === undefined : stryMutAct_9fa48("168") ? true : (stryCov_9fa48("168", "169"), parsed.patch !== undefined)) && (stryMutAct_9fa48("170") ? isRecord(parsed.patch) : (stryCov_9fa48("170"), !isRecord(parsed.patch))))) return stryMutAct_9fa48("171") ? {} : (stryCov_9fa48("171"), {
      problem: stryMutAct_9fa48("172") ? "" : (stryCov_9fa48("172"), "het deel 'patch' klopt niet")
    });
    const shared: Record<string, unknown> = {};
    const parts = stryMutAct_9fa48("173") ? {} : (stryCov_9fa48("173"), {
      ...parsed.shared
    });
    for (const key of LEGACY_PARTS) if (stryMutAct_9fa48("176") ? parsed[key] === undefined : stryMutAct_9fa48("175") ? false : stryMutAct_9fa48("174") ? true : (stryCov_9fa48("174", "175", "176"), parsed[key] !== undefined)) parts[key] = parsed[key];
    for (const [key, value] of Object.entries(parts)) {
      if (stryMutAct_9fa48("177")) {
        {}
      } else {
        stryCov_9fa48("177");
        const result = check(partSchema(key), value);
        if (stryMutAct_9fa48("180") ? false : stryMutAct_9fa48("179") ? true : stryMutAct_9fa48("178") ? result.success : (stryCov_9fa48("178", "179", "180"), !result.success)) return stryMutAct_9fa48("181") ? {} : (stryCov_9fa48("181"), {
          problem: stryMutAct_9fa48("182") ? `` : (stryCov_9fa48("182"), `het deel '${key}' klopt niet${result.where}`)
        });
        shared[key] = result.data;
      }
    }
    const patch: Record<string, Record<string, unknown>> = {};
    for (const [key, value] of Object.entries(stryMutAct_9fa48("183") ? parsed.patch && {} : (stryCov_9fa48("183"), parsed.patch ?? {}))) {
      if (stryMutAct_9fa48("184")) {
        {}
      } else {
        stryCov_9fa48("184");
        const result = isRecord(value) ? check(partSchema(key), value) : undefined;
        if (stryMutAct_9fa48("187") ? !result?.success && !isRecord(result.data) : stryMutAct_9fa48("186") ? false : stryMutAct_9fa48("185") ? true : (stryCov_9fa48("185", "186", "187"), (stryMutAct_9fa48("188") ? result?.success : (stryCov_9fa48("188"), !(stryMutAct_9fa48("189") ? result.success : (stryCov_9fa48("189"), result?.success)))) || (stryMutAct_9fa48("190") ? isRecord(result.data) : (stryCov_9fa48("190"), !isRecord(result.data))))) return stryMutAct_9fa48("191") ? {} : (stryCov_9fa48("191"), {
          problem: stryMutAct_9fa48("192") ? `` : (stryCov_9fa48("192"), `het deel '${key}' klopt niet${(stryMutAct_9fa48("195") ? result || !result.success : stryMutAct_9fa48("194") ? false : stryMutAct_9fa48("193") ? true : (stryCov_9fa48("193", "194", "195"), result && (stryMutAct_9fa48("196") ? result.success : (stryCov_9fa48("196"), !result.success)))) ? result.where : stryMutAct_9fa48("197") ? "Stryker was here!" : (stryCov_9fa48("197"), '')}`)
        });
        patch[key] = value as Record<string, unknown>;
      }
    }
    const handled = parsed.handled;
    if (stryMutAct_9fa48("200") ? handled !== undefined || !(isRecord(handled) && typeof handled.key === 'string' && typeof handled.at === 'string') : stryMutAct_9fa48("199") ? false : stryMutAct_9fa48("198") ? true : (stryCov_9fa48("198", "199", "200"), (stryMutAct_9fa48("202") ? handled === undefined : stryMutAct_9fa48("201") ? true : (stryCov_9fa48("201", "202"), handled !== undefined)) && (stryMutAct_9fa48("203") ? isRecord(handled) && typeof handled.key === 'string' && typeof handled.at === 'string' : (stryCov_9fa48("203"), !(stryMutAct_9fa48("206") ? isRecord(handled) && typeof handled.key === 'string' || typeof handled.at === 'string' : stryMutAct_9fa48("205") ? false : stryMutAct_9fa48("204") ? true : (stryCov_9fa48("204", "205", "206"), (stryMutAct_9fa48("208") ? isRecord(handled) || typeof handled.key === 'string' : stryMutAct_9fa48("207") ? true : (stryCov_9fa48("207", "208"), isRecord(handled) && (stryMutAct_9fa48("210") ? typeof handled.key !== 'string' : stryMutAct_9fa48("209") ? true : (stryCov_9fa48("209", "210"), typeof handled.key === (stryMutAct_9fa48("211") ? "" : (stryCov_9fa48("211"), 'string')))))) && (stryMutAct_9fa48("213") ? typeof handled.at !== 'string' : stryMutAct_9fa48("212") ? true : (stryCov_9fa48("212", "213"), typeof handled.at === (stryMutAct_9fa48("214") ? "" : (stryCov_9fa48("214"), 'string')))))))))) return stryMutAct_9fa48("215") ? {} : (stryCov_9fa48("215"), {
      problem: stryMutAct_9fa48("216") ? "" : (stryCov_9fa48("216"), "het deel 'handled' klopt niet")
    });
    const seq = parsed.seq;
    if (stryMutAct_9fa48("219") ? seq !== undefined || !(typeof seq === 'number' && Number.isSafeInteger(seq) && seq >= 0) : stryMutAct_9fa48("218") ? false : stryMutAct_9fa48("217") ? true : (stryCov_9fa48("217", "218", "219"), (stryMutAct_9fa48("221") ? seq === undefined : stryMutAct_9fa48("220") ? true : (stryCov_9fa48("220", "221"), seq !== undefined)) && (stryMutAct_9fa48("222") ? typeof seq === 'number' && Number.isSafeInteger(seq) && seq >= 0 : (stryCov_9fa48("222"), !(stryMutAct_9fa48("225") ? typeof seq === 'number' && Number.isSafeInteger(seq) || seq >= 0 : stryMutAct_9fa48("224") ? false : stryMutAct_9fa48("223") ? true : (stryCov_9fa48("223", "224", "225"), (stryMutAct_9fa48("227") ? typeof seq === 'number' || Number.isSafeInteger(seq) : stryMutAct_9fa48("226") ? true : (stryCov_9fa48("226", "227"), (stryMutAct_9fa48("229") ? typeof seq !== 'number' : stryMutAct_9fa48("228") ? true : (stryCov_9fa48("228", "229"), typeof seq === (stryMutAct_9fa48("230") ? "" : (stryCov_9fa48("230"), 'number')))) && Number.isSafeInteger(seq))) && (stryMutAct_9fa48("233") ? seq < 0 : stryMutAct_9fa48("232") ? seq > 0 : stryMutAct_9fa48("231") ? true : (stryCov_9fa48("231", "232", "233"), seq >= 0)))))))) return stryMutAct_9fa48("234") ? {} : (stryCov_9fa48("234"), {
      problem: stryMutAct_9fa48("235") ? "" : (stryCov_9fa48("235"), "het deel 'seq' klopt niet")
    });
    const audit = parsed.audit;
    if (stryMutAct_9fa48("238") ? audit !== undefined || !(Array.isArray(audit) && audit.every(isRecord)) : stryMutAct_9fa48("237") ? false : stryMutAct_9fa48("236") ? true : (stryCov_9fa48("236", "237", "238"), (stryMutAct_9fa48("240") ? audit === undefined : stryMutAct_9fa48("239") ? true : (stryCov_9fa48("239", "240"), audit !== undefined)) && (stryMutAct_9fa48("241") ? Array.isArray(audit) && audit.every(isRecord) : (stryCov_9fa48("241"), !(stryMutAct_9fa48("244") ? Array.isArray(audit) || audit.every(isRecord) : stryMutAct_9fa48("243") ? false : stryMutAct_9fa48("242") ? true : (stryCov_9fa48("242", "243", "244"), Array.isArray(audit) && (stryMutAct_9fa48("245") ? audit.some(isRecord) : (stryCov_9fa48("245"), audit.every(isRecord))))))))) return stryMutAct_9fa48("246") ? {} : (stryCov_9fa48("246"), {
      problem: stryMutAct_9fa48("247") ? "" : (stryCov_9fa48("247"), "het deel 'audit' klopt niet")
    });
    return stryMutAct_9fa48("248") ? {} : (stryCov_9fa48("248"), {
      entry: stryMutAct_9fa48("249") ? {} : (stryCov_9fa48("249"), {
        ...((stryMutAct_9fa48("252") ? seq === undefined : stryMutAct_9fa48("251") ? false : stryMutAct_9fa48("250") ? true : (stryCov_9fa48("250", "251", "252"), seq !== undefined)) ? stryMutAct_9fa48("253") ? {} : (stryCov_9fa48("253"), {
          seq
        }) : {}),
        items,
        ...((stryMutAct_9fa48("257") ? Object.keys(shared).length <= 0 : stryMutAct_9fa48("256") ? Object.keys(shared).length >= 0 : stryMutAct_9fa48("255") ? false : stryMutAct_9fa48("254") ? true : (stryCov_9fa48("254", "255", "256", "257"), Object.keys(shared).length > 0)) ? stryMutAct_9fa48("258") ? {} : (stryCov_9fa48("258"), {
          shared
        }) : {}),
        ...((stryMutAct_9fa48("262") ? Object.keys(patch).length <= 0 : stryMutAct_9fa48("261") ? Object.keys(patch).length >= 0 : stryMutAct_9fa48("260") ? false : stryMutAct_9fa48("259") ? true : (stryCov_9fa48("259", "260", "261", "262"), Object.keys(patch).length > 0)) ? stryMutAct_9fa48("263") ? {} : (stryCov_9fa48("263"), {
          patch
        }) : {}),
        ...(handled ? stryMutAct_9fa48("264") ? {} : (stryCov_9fa48("264"), {
          handled: handled as JournalEntry['handled']
        }) : {}),
        ...(audit ? stryMutAct_9fa48("265") ? {} : (stryCov_9fa48("265"), {
          audit: audit as unknown as AuditEntry[]
        }) : {})
      })
    });
  }
}