import { Readable } from "node:stream";
import { promisify } from "node:util";
import { brotliCompress as brotliCallback, constants, gzip as gzipCallback } from "node:zlib";
import type { FastifyReply } from "fastify";
import type { ApiApp } from "./api-app";

const brotli = promisify(brotliCallback);
const gzip = promisify(gzipCallback);

const COMPRESSIBLE = /^(?:text\/(?!event-stream)|application\/(?:json|javascript|xml|manifest\+json)|image\/svg\+xml)/i;
/** Below this a compressed body saves less than its headers cost. */
const MIN_BYTES = 1024;

type Encoding = "br" | "gzip";

export function encodingFor(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  if ((accepted.get("br") ?? 0) > 0) return "br";
  if ((accepted.get("gzip") ?? 0) > 0) return "gzip";
  return null;
}

async function bytesOf(payload: unknown, reply: FastifyReply): Promise<Buffer | null> {
  if (typeof payload === "string") return Buffer.from(payload);
  if (Buffer.isBuffer(payload)) return payload;
  if (payload instanceof Response) {
    // tRPC answers with a web Response; its status and headers would be applied after this hook.
    reply.code(payload.status);
    for (const [name, value] of payload.headers) reply.header(name, value);
    return Buffer.from(await payload.arrayBuffer());
  }
  if (payload instanceof Readable) {
    const chunks: Buffer[] = [];
    for await (const chunk of payload) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
    return Buffer.concat(chunks);
  }
  return null;
}

/** Brotli's middle quality for what is made per request; hashed assets get the best, once. */
const DYNAMIC_QUALITY = 5;

function compress(bytes: Buffer, encoding: Encoding, quality: number): Promise<Buffer> {
  return encoding === "br" ? brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }) : gzip(bytes);
}

/**
 * A dynamic answer's body compressed by the client's Accept-Encoding, or null when it stays as it is
 * (the client takes neither, or the body is too small to gain). Brotli at a middle quality: the
 * answer is made once.
 */
export async function compressAnswer(body: Buffer, encoding: Encoding | null): Promise<Buffer | null> {
  if (!encoding || body.length < MIN_BYTES) return null;
  return compress(body, encoding, DYNAMIC_QUALITY);
}

/**
 * Brotli or gzip for text, JSON, scripts and styles, by the client's Accept-Encoding. The web app's
 * hashed assets never change, so each is compressed once (at the best brotli level) and kept.
 */
export function registerCompression(app: ApiApp) {
  const assetCache = new Map<string, Buffer>();
  app.addHook("onSend", async (request, reply, payload) => {
    if (request.method === "HEAD" || reply.statusCode !== 200 || reply.hasHeader("content-encoding")) return payload;
    const contentType = payload instanceof Response ? payload.headers.get("content-type") : reply.getHeader("content-type");
    if (typeof contentType !== "string" || !COMPRESSIBLE.test(contentType)) return payload;
    const encoding = encodingFor(request.headers["accept-encoding"]);
    if (!encoding) {
      reply.header("vary", "accept-encoding");
      return payload;
    }
    const immutable = String(reply.getHeader("cache-control") ?? "").includes("immutable");
    const key = `${encoding} ${request.url}`;
    let compressed = immutable ? assetCache.get(key) : undefined;
    if (!compressed) {
      const bytes = await bytesOf(payload, reply);
      if (!bytes) return payload;
      if (bytes.length < MIN_BYTES) {
        reply.header("vary", "accept-encoding");
        reply.header("content-length", bytes.length);
        return bytes;
      }
      compressed = await compress(bytes, encoding, immutable ? constants.BROTLI_MAX_QUALITY : DYNAMIC_QUALITY);
      if (immutable) assetCache.set(key, compressed);
    } else if (payload instanceof Readable) {
      payload.destroy();
    }
    reply.header("vary", "accept-encoding");
    reply.header("content-encoding", encoding);
    reply.header("content-length", compressed.length);
    return compressed;
  });
}
