// Utilities: what the add-on may use — formatDate (Java patterns, real zones), formatString,
// getUuid, sleep (virtual time), digests, base64 and plain blobs.
// https://developers.google.com/apps-script/reference/utilities/utilities
import { createHash, randomUUID } from 'node:crypto';
import { enumOf } from './enums';
import { formatString } from './format-string';
import { KIND } from './kind';
import { isDate } from './realm';
import { formatJavaDate } from './simple-date-format';

type Byte = number;

const DIGESTS: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

const toSigned = (buf: Buffer): Byte[] => [...buf].map((b) => (b > 127 ? b - 256 : b));
const fromBytes = (bytes: readonly number[]): Buffer => Buffer.from(bytes.map((b) => b & 0xff));

function encodingOf(charset: unknown): BufferEncoding {
  if (charset === undefined || String(charset) === 'UTF_8') return 'utf8';
  if (String(charset) === 'US_ASCII') return 'ascii';
  throw new Error('Invalid argument: charset');
}

function dataBuffer(data: unknown, charset?: unknown): Buffer {
  if (Array.isArray(data)) return fromBytes(data as number[]);
  return Buffer.from(String(data), encodingOf(charset));
}

export class Blob {
  readonly [KIND] = 'Blob';

  constructor(
    private bytes: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {}

  getBytes(): Byte[] {
    return toSigned(this.bytes);
  }
  getDataAsString(charset?: string): string {
    return this.bytes.toString(charset && /ascii/i.test(charset) ? 'ascii' : 'utf8');
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: string | null): this {
    this.contentType = contentType;
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): this {
    this.name = name;
    return this;
  }
  setDataFromString(text: string): this {
    this.bytes = Buffer.from(String(text), 'utf8');
    return this;
  }
  copyBlob(): Blob {
    return new Blob(Buffer.from(this.bytes), this.contentType, this.name);
  }
  isGoogleType(): boolean {
    return false;
  }
}

export interface UtilitiesContext {
  /** Spends virtual time (Utilities.sleep). */
  sleep(ms: number): void;
}

export class Utilities {
  readonly [KIND] = 'Utilities';
  readonly Charset = enumOf<typeof GoogleAppsScript.Utilities.Charset>(['US_ASCII', 'UTF_8']);
  readonly DigestAlgorithm = enumOf<typeof GoogleAppsScript.Utilities.DigestAlgorithm>([
    'MD2',
    'MD5',
    'SHA_1',
    'SHA_256',
    'SHA_384',
    'SHA_512',
  ]);

  constructor(private readonly context: UtilitiesContext) {}

  formatDate(date: unknown, timeZone: string, format: string): string {
    if (!isDate(date)) throw new Error('Invalid argument: date');
    const t = date.getTime();
    if (Number.isNaN(t)) throw new Error('Invalid argument: date');
    return formatJavaDate(t, String(timeZone), String(format));
  }

  formatString(template: string, ...args: unknown[]): string {
    return formatString(template, ...args);
  }

  getUuid(): string {
    return randomUUID();
  }

  /** At most 5 minutes, as in Apps Script; advances the emulator's clock. */
  sleep(milliseconds: number): void {
    const ms = Number(milliseconds);
    if (!Number.isFinite(ms) || ms < 0 || ms > 300_000)
      throw new Error('Invalid argument: milliseconds');
    this.context.sleep(ms);
  }

  computeDigest(algorithm: unknown, value: unknown, charset?: unknown): Byte[] {
    const name = DIGESTS[String(algorithm)];
    if (!name) throw new Error(`not emulated: Utilities.computeDigest ${String(algorithm)}`);
    return toSigned(createHash(name).update(dataBuffer(value, charset)).digest());
  }

  base64Encode(data: unknown, charset?: unknown): string {
    return dataBuffer(data, charset).toString('base64');
  }

  base64EncodeWebSafe(data: unknown, charset?: unknown): string {
    return dataBuffer(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string): Byte[] {
    return toSigned(Buffer.from(String(encoded), 'base64'));
  }

  base64DecodeWebSafe(encoded: string): Byte[] {
    return toSigned(Buffer.from(String(encoded), 'base64url'));
  }

  newBlob(data: unknown, contentType?: string, name?: string): Blob {
    return new Blob(dataBuffer(data), contentType ?? null, name ?? null);
  }
}
