/**
 * The messages between the extraction pool and its workers. A batch of articles goes out as
 * is; its results come back as one ArrayBuffer of UTF-8 JSON, transferred (not copied) to the
 * main thread. Pure apart from the encoders.
 */
import type { ArticleExtraction, ArticleInput } from './types.js';

export interface WorkerBatch {
  seq: number;
  articles: ArticleInput[];
}

export interface WorkerReply {
  seq: number;
  /** UTF-8 JSON: WorkerResult[], one per article of the batch, in order. */
  results: ArrayBuffer;
}

export type WorkerResult = { extraction: ArticleExtraction } | { error: string };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeReplies(seq: number, results: WorkerResult[]): WorkerReply {
  const bytes = encoder.encode(JSON.stringify(results));
  // A fresh encoder output owns its whole buffer, so the buffer itself can be transferred.
  const buffer =
    bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
      ? (bytes.buffer as ArrayBuffer)
      : (bytes.slice().buffer as ArrayBuffer);
  return { seq, results: buffer };
}

export function decodeReplies(reply: WorkerReply): WorkerResult[] {
  return JSON.parse(decoder.decode(reply.results)) as WorkerResult[];
}
