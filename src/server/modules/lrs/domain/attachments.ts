import { createHash, createVerify, X509Certificate } from 'node:crypto';
import { AppError } from '../../../platform/errors/app-error.js';
import { isJsonObject, parseJson, type JsonObject } from './json.js';
import type { MultipartPart } from './multipart.js';
import { isSameStatement } from './statement-compare.js';

export const SIGNATURE_USAGE = 'http://adlnet.gov/expapi/attachments/signature';

/** Attachment content received with statements, stored by its hash. */
export type ReceivedAttachment = { sha2: string; contentType: string; content: Buffer };

type Declared = { sha2: string; contentType: string; usageType: string; hasFileUrl: boolean; statement: JsonObject };

function invalid(reason: string): never {
  throw new AppError('LRS_INVALID_ATTACHMENT', { reason });
}

function declaredAttachments(statement: JsonObject): Declared[] {
  const lists = [statement.attachments];
  if (isJsonObject(statement.object) && statement.object.objectType === 'SubStatement') lists.push(statement.object.attachments);
  const result: Declared[] = [];
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      if (!isJsonObject(entry)) continue;
      result.push({
        sha2: String(entry.sha2).toLowerCase(),
        contentType: String(entry.contentType),
        usageType: String(entry.usageType),
        hasFileUrl: typeof entry.fileUrl === 'string',
        statement,
      });
    }
  }
  return result;
}

function digestOf(content: Buffer, hexLength: number): string | undefined {
  const algorithm = { 56: 'sha224', 64: 'sha256', 96: 'sha384', 128: 'sha512' }[hexLength];
  return algorithm ? createHash(algorithm).update(content).digest('hex') : undefined;
}

function checkPart(part: MultipartPart): ReceivedAttachment {
  const hash = part.headers['x-experience-api-hash']?.toLowerCase();
  if (!hash) invalid('every attachment part needs an X-Experience-API-Hash header');
  if (part.headers['content-transfer-encoding']?.toLowerCase() !== 'binary') invalid('attachment parts need Content-Transfer-Encoding: binary');
  if (digestOf(part.body, hash.length) !== hash) invalid(`the content of attachment ${hash} does not match its hash`);
  return { sha2: hash, contentType: part.headers['content-type'] ?? 'application/octet-stream', content: part.body };
}

/**
 * Pairs the attachment parts of a request with the attachments its statements declare:
 * every declared attachment without a fileUrl needs a part, and every part a declaration.
 */
export function matchAttachments(statements: JsonObject[], parts: MultipartPart[] | undefined): ReceivedAttachment[] {
  const declared = statements.flatMap(declaredAttachments);
  const received = (parts ?? []).map(checkPart);
  const receivedHashes = new Set(received.map((r) => r.sha2));
  const declaredHashes = new Set(declared.map((d) => d.sha2));
  for (const attachment of declared) {
    if (!attachment.hasFileUrl && !receivedHashes.has(attachment.sha2)) invalid(`attachment ${attachment.sha2} has neither content nor a fileUrl`);
  }
  for (const part of received) if (!declaredHashes.has(part.sha2)) invalid(`part ${part.sha2} is not declared by any statement`);
  for (const attachment of declared) {
    if (attachment.usageType !== SIGNATURE_USAGE) continue;
    const part = received.find((r) => r.sha2 === attachment.sha2);
    if (part) verifySignature(attachment, part.content);
  }
  return received;
}

const ALGORITHMS: Record<string, string> = { RS256: 'RSA-SHA256', RS384: 'RSA-SHA384', RS512: 'RSA-SHA512' };

function decodeSegment(segment: string): JsonObject {
  const parsed = parseJson(Buffer.from(segment, 'base64url').toString('utf8'));
  if (!isJsonObject(parsed)) invalid('the signature is not a valid JWS');
  return parsed;
}

/** xAPI signed statements (Data §2.6): an RS256/384/512 JWS whose payload is the statement. */
function verifySignature(attachment: Declared, content: Buffer): void {
  if (attachment.contentType !== 'application/octet-stream') invalid('a signature attachment must have contentType application/octet-stream');
  const segments = content.toString('utf8').trim().split('.');
  const [headerText, payloadText, signatureText] = segments;
  if (segments.length !== 3 || !headerText || !payloadText || !signatureText) invalid('the signature is not a compact JWS');
  const header = decodeSegment(headerText);
  const algorithm = typeof header.alg === 'string' ? ALGORITHMS[header.alg] : undefined;
  if (!algorithm) invalid('the signature must use RS256, RS384 or RS512');
  const payload = decodeSegment(payloadText);
  if (!isSameStatement(payload, attachment.statement)) invalid('the signed payload does not match the statement');
  const chain = header.x5c;
  if (Array.isArray(chain) && typeof chain[0] === 'string' && !isVerified(chain[0], algorithm, `${headerText}.${payloadText}`, signatureText)) {
    invalid('the signature does not verify against the x5c certificate');
  }
}

/** When the JWS carries its certificate (x5c), the signature must verify with its key. */
function isVerified(certificateBase64: string, algorithm: string, signingInput: string, signature: string): boolean {
  try {
    const certificate = new X509Certificate(Buffer.from(certificateBase64, 'base64'));
    return createVerify(algorithm).update(signingInput).verify(certificate.publicKey, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}
