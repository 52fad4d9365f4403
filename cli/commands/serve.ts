/** `kg serve`: the explorer and the API on PORT (default 5173) and HOST (default 127.0.0.1). */
import { openStore } from "../../store/index.js";
import { startServer } from "../../server/http.js";
import { READER, config, type Args } from "../shared.js";

export async function cmdServe(args: Args): Promise<number> {
  const port = Number(args.flags.port ?? process.env.PORT ?? 5173);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`kg serve: invalid PORT \`${port}\`. Expecting 0–65535.`);
  const host = String(args.flags.host ?? process.env.HOST ?? "127.0.0.1");
  const store = await openStore(config(args), READER);
  const server = await startServer(store, port, host).catch(async (e: NodeJS.ErrnoException) => {
    await store.close();
    throw new Error(
      e.code === "EADDRINUSE"
        ? `kg serve: port ${port} on ${host} is in use. Set PORT to another port (PORT=0 picks a free one).`
        : `kg serve: ${e.message}`,
    );
  });
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  const counts = await store.counts();
  console.log(
    `serving the explorer at http://${host === "0.0.0.0" ? "localhost" : host}:${actual}/ (${store.kind} store, ${counts.nodes} nodes, ${counts.edges} edges) — Ctrl+C to stop`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await store.close();
  return 0;
}
