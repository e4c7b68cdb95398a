/**
 * The recipient listener: separate from the source listener so a bug on one
 * side cannot expose the other. For now it answers a health check; the
 * recipient web app and its API arrive with issue #3. Until then recipients
 * work with the CLI (`postern inbox pull`, `postern decrypt`).
 */
import Fastify, { type FastifyInstance } from "fastify";
import type { Instance } from "../../core/instance.ts";
import { securityHeaders } from "../security-headers.ts";

export function buildRecipientApp(inst: Instance): FastifyInstance {
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 });
  app.addHook("onRequest", (_req, reply, done) => {
    securityHeaders(reply);
    done();
  });
  app.get("/api/v1/health", async () => {
    await inst.db.selectFrom("channels").select("id").limit(1).execute();
    return { ok: true };
  });
  app.setNotFoundHandler((_req, reply) => reply.code(404).send({ error: "not_found" }));
  return app;
}
