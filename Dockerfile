# The app, built from this repository: API and client on one port. It needs DATABASE_URL in production.
# Node 22: the runtime needs 20.19 or newer, but some build tools (codegen, the Vue compiler) declare 22
FROM node:22-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY server/package.json server/
COPY client/package.json client/
RUN npm ci --no-audit --no-fund
COPY . .
# the client precompressed (Brotli and gzip), the server compiled to JavaScript: no transpiler at start;
# source maps stay out of the image, so no spelling of their address can fetch them
RUN npm run build -w client && npm run build -w server && find client/dist -name '*.map*' -delete
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0
EXPOSE 4000
# the backups volume (docker-compose.yml) takes this folder's owner when it is first created
RUN mkdir -p /backups && chown node:node /backups
USER node
CMD ["npm", "run", "start", "-w", "server"]
