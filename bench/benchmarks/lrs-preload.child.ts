// Generates preload chunks for lrs.bench.ts in a process of its own (forked, several at once):
// each chunk's statements as COPY files of lrs.statement_ids and lrs.statements.
import fs from 'node:fs';
import path from 'node:path';
import { copyLines, type CopyFiles, type WriterScope } from './lrs-rows.js';
import { statementGenerator } from './lrs-statements.js';
import type { JsonObject } from '../../src/server/modules/lrs/domain/json.js';

export type PreloadChunkRequest = {
  chunk: number;
  /** Statements before this chunk and in it, and in the whole preload. */
  offset: number;
  size: number;
  total: number;
  learners: number;
  /** Stored times spread evenly from here over `spanMs`. */
  startMs: number;
  spanMs: number;
  dir: string;
};
export type PreloadChunkResult = { chunk: number; files: CopyFiles };

/** Where the generated learner's college places the statement (as a college-bound client would). */
const PROVINCE_OF_COLLEGE: Record<string, string> = { GD: '44', JS: '32' };
const COLLEGE_EXTENSION = 'https://luban.edu.cn/xapi/extensions/college';
export const PRELOAD_CLIENT_ID = '00000000-0000-4000-8000-00000000b10a';

function writerOf(statement: JsonObject): WriterScope {
  const context = statement.context as JsonObject;
  const college = String((context.extensions as JsonObject)[COLLEGE_EXTENSION]);
  return { scope: `college:${college}`, provinceCode: PROVINCE_OF_COLLEGE[college.split('-')[1] ?? ''] ?? null, clientId: PRELOAD_CLIENT_ID };
}

function writeChunk(request: PreloadChunkRequest): CopyFiles {
  const next = statementGenerator({ learners: request.learners, courses: 2000, seed: 1000 + request.chunk });
  const authority = JSON.stringify({ objectType: 'Agent', name: 'preload', account: { homePage: 'https://luban.local/xapi/clients', name: 'preload' } });
  const statements = path.join(request.dir, `chunk-${request.chunk}.statements.tsv`);
  const ids = path.join(request.dir, `chunk-${request.chunk}.ids.tsv`);
  const statementsFd = fs.openSync(statements, 'w', 0o666);
  const idsFd = fs.openSync(ids, 'w', 0o666);
  try {
    let statementLines: string[] = [];
    let idLines: string[] = [];
    const flush = () => {
      fs.writeSync(statementsFd, statementLines.join(''));
      fs.writeSync(idsFd, idLines.join(''));
      statementLines = [];
      idLines = [];
    };
    for (let i = 0; i < request.size; i += 1) {
      const statement = next();
      const stored = new Date(request.startMs + ((request.offset + i) / request.total) * request.spanMs);
      const lines = copyLines(statement, stored, authority, writerOf(statement));
      statementLines.push(`${lines.statement}\n`);
      idLines.push(`${lines.id}\n`);
      if (statementLines.length === 2000) flush();
    }
    flush();
  } finally {
    fs.closeSync(statementsFd);
    fs.closeSync(idsFd);
  }
  fs.chmodSync(statements, 0o666);
  fs.chmodSync(ids, 0o666);
  return { statements, ids, rows: request.size };
}

process.on('message', (request: PreloadChunkRequest) => {
  const result: PreloadChunkResult = { chunk: request.chunk, files: writeChunk(request) };
  process.send?.(result);
});
