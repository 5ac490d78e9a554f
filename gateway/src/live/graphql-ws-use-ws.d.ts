// The workspace resolves modules the classic Node way, which ignores package "exports", so the
// `graphql-ws/use/ws` entry point needs pointing at its declaration file. Node itself and Jest
// follow "exports" and load the real module.
declare module 'graphql-ws/use/ws' {
  export * from 'graphql-ws/dist/use/ws';
}
