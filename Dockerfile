# The explorer: builds the web app, then runs the `kg` CLI (serve by default).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
ENV GRAPH_STORE=neo4j HOST=0.0.0.0 PORT=5173
EXPOSE 5173
ENTRYPOINT ["node", "bin/kg.mjs"]
CMD ["serve"]
