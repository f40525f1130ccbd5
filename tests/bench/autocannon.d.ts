/** The part of autocannon's API the benchmark uses (the package ships no types). */
declare module "autocannon" {
  type Histogram = { average: number; mean: number; p50: number; p99: number; total: number; max: number; min: number };
  type RequestSpec = { method?: string; path?: string; setupRequest?: (request: { path: string }) => unknown };
  type Options = { url: string; connections?: number; duration?: number; pipelining?: number; requests?: RequestSpec[] };
  type Result = { requests: Histogram; latency: Histogram; throughput: Histogram; errors: number; timeouts: number; non2xx: number; "2xx": number };
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
