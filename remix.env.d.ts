/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

export {};

// Single fetch (remix.config.js `future.v3_singleFetch`): loaders and actions return plain data, typed as such.
declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}
