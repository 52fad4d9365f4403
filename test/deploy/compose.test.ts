/**
 * docker-compose.yml and the Dockerfile, checked without a Docker engine
 * (none runs on the CI machines): structure, localhost-only ports, health
 * checks, and agreement with the app's own configuration defaults.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { PROJECT_ROOT, storeConfig } from "../../store/index.js";
import { SUPPORTED_NEO4J, SUPPORTED_NEO4J_TEXT, checkNeo4jVersion } from "../../store/neo4j-version.js";

const compose = parse(readFileSync(join(PROJECT_ROOT, "docker-compose.yml"), "utf8"));
const dockerfile = readFileSync(join(PROJECT_ROOT, "Dockerfile"), "utf8");
const envExample = readFileSync(join(PROJECT_ROOT, ".env.example"), "utf8");
const readme = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");

describe("docker-compose.yml", () => {
  it("runs a pinned Neo4j image inside the supported range, overridable by NEO4J_IMAGE", () => {
    const image = String(compose.services.neo4j.image);
    const m = /^\$\{NEO4J_IMAGE:-(neo4j:(\d+)\.(\d+)\.(\d+)-community)\}$/.exec(image);
    expect(m, `image \`${image}\` should be \${NEO4J_IMAGE:-neo4j:<major>.<minor>.<patch>-community}`).not.toBeNull();
    const version = `${m![2]}.${m![3]}.${m![4]}`;
    expect(checkNeo4jVersion(version).status).toBe("supported");
    // the newest supported release line: the LTS the README names
    expect([Number(m![2]), Number(m![3])]).toEqual([...SUPPORTED_NEO4J.to]);
    expect(readme).toContain(SUPPORTED_NEO4J_TEXT);
    expect(readme).toContain(m![1]);
  });

  it("runs Neo4j with Bolt and HTTP on localhost only, a named volume and a health check", () => {
    const neo = compose.services.neo4j;
    expect(neo.ports).toEqual(["127.0.0.1:7474:7474", "127.0.0.1:7687:7687"]);
    expect(neo.volumes).toContain("neo4j-data:/data");
    expect(compose.volumes).toHaveProperty("neo4j-data");
    expect(neo.healthcheck.test.join(" ")).toMatch(/cypher-shell/);
    // server-side backstop for every transaction, checked often enough to cut user queries near their limit
    expect(neo.environment.NEO4J_db_transaction_timeout).toBe("60s");
    expect(neo.environment.NEO4J_db_transaction_monitor_check_interval).toBe("500ms");
  });

  it("starts the app on Neo4j only once Neo4j is healthy, bound to localhost", () => {
    const app = compose.services.app;
    expect(app.depends_on.neo4j.condition).toBe("service_healthy");
    expect(app.environment.GRAPH_STORE).toBe("neo4j");
    expect(app.environment.NEO4J_URI).toBe("bolt://neo4j:7687");
    expect(app.ports[0]).toMatch(/^127\.0\.0\.1:/);
    expect(app.command).toEqual(["serve"]);
  });

  it("has a one-shot ingest service with the same environment", () => {
    const ingest = compose.services.ingest;
    expect(ingest.command).toEqual(["ingest"]);
    expect(ingest.environment).toEqual(compose.services.app.environment);
    expect(ingest.depends_on.neo4j.condition).toBe("service_healthy");
  });

  it("uses the same default password as the app and .env.example", () => {
    const def = storeConfig({}).neo4jPassword;
    expect(compose.services.neo4j.environment.NEO4J_AUTH).toBe(`neo4j/\${NEO4J_PASSWORD:-${def}}`);
    expect(envExample).toContain(`NEO4J_PASSWORD=${def}`);
  });
});

describe("Dockerfile", () => {
  it("installs from the lock file, builds the web app and runs the kg CLI", () => {
    expect(dockerfile).toMatch(/^FROM node:20/m);
    expect(dockerfile).toMatch(/npm ci/);
    expect(dockerfile).toMatch(/npm run build/);
    expect(dockerfile).toMatch(/ENTRYPOINT \["node", "bin\/kg.mjs"\]/);
  });
});
