# syntax=docker/dockerfile:1
#
# PLACEHOLDER for the web client's image (services/web: static files served by a standard web
# server), to be completed by the web client's engineer: a build stage that produces its static
# files, then the runtime stage below serving them. Kept beside the services' Dockerfile so the
# deploy-files test lints it too; add its Deployment, Service, NetworkPolicy (reached from the
# ingress only) and Ingress path under deploy/k8s/base/web/ when it exists.
#
#   docker build -f deploy/docker/web.Dockerfile -t registry.example.go.id/antrian/web:<version> .

FROM node:20-bookworm-slim AS build
WORKDIR /src
# The web client's build goes here, writing its static files to /src/services/web/dist.
COPY services/web ./services/web

# An nginx that runs as a non-root user and listens on 8080; read-only root filesystem with
# writable /tmp (its cache and pid file).
FROM nginxinc/nginx-unprivileged:1.27-alpine AS runtime
COPY --from=build /src/services/web/dist /usr/share/nginx/html
USER 101
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/"]
