// The public engine surface: the CLI, the HTTP API and the web page use only what is exported here.
export * from './errors/index.ts';
