# syntax=docker/dockerfile:1
#
# The web client's image (services/web): its static files, built by Vite, served by nginx. Build
# from the repository root:
#
#   docker build -f deploy/docker/web.Dockerfile \
#     -t registry.example.go.id/antrian/web:$(node -p "require('./services/web/package.json').version") .
#
# The client finds the gateway at /graphql on its own origin (the ingress routes /graphql to the
# gateway), or where a /config.json mounted beside the files says: {"graphqlUrl": "https://…/graphql"}.
# nginx runs as a non-root user on 8080 with a read-only root filesystem and a writable /tmp.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /src
ARG NPM_VERSION=11.19.1
RUN npm install --global --no-audit --no-fund "npm@${NPM_VERSION}"
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
COPY services/web ./services/web
# The typed operations (services/web/src/gql) are checked in, generated from the composed graph.
RUN node node_modules/vite/bin/vite.js build -c services/web/vite.config.mts

FROM nginxinc/nginx-unprivileged:1.27-alpine AS runtime
COPY deploy/docker/web.nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /src/dist/services/web /usr/share/nginx/html
USER 101
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/healthz"]
