-- wrk script for bench/scale/run.sh: every request GETs a path drawn at random from a file of paths, one per line.
--   wrk -t2 -c8 -d10s --latency --timeout 30s -s paths.lua http://127.0.0.1:18100 -- PATHS_FILE [COOKIE] [ACCEPT]
-- COOKIE ("name=value") is sent with every request when given; ACCEPT is the Accept header (default text/html).
-- Answers other than 2xx are counted per thread (a redirect to /login must not pass for a fast page), and done()
-- prints one tab-separated line for run.sh:
--   RESULT requests seconds p50_ms p99_ms non2xx connect_errors read_errors write_errors timeouts statuses
local paths = {}
local headers = {}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_number", #threads)
end

function init(args)
  local file = assert(io.open(args[1], "r"), "cannot read " .. tostring(args[1]))
  for line in file:lines() do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
  file:close()
  assert(#paths > 0, "no paths in " .. args[1])
  if args[2] and #args[2] > 0 then
    headers["Cookie"] = args[2]
  end
  headers["Accept"] = (args[3] and #args[3] > 0) and args[3] or "text/html"
  math.randomseed(os.time() * 100 + (thread_number or 0))
  non2xx = 0
  s3xx = 0
  s4xx = 0
  s5xx = 0
end

function request()
  return wrk.format("GET", paths[math.random(#paths)], headers)
end

function response(status, response_headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    if status < 400 then
      s3xx = s3xx + 1
    elseif status < 500 then
      s4xx = s4xx + 1
    else
      s5xx = s5xx + 1
    end
  end
end

function done(summary, latency, requests)
  local bad, r3, r4, r5 = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("non2xx")
    r3 = r3 + thread:get("s3xx")
    r4 = r4 + thread:get("s4xx")
    r5 = r5 + thread:get("s5xx")
  end
  local statuses = ""
  if r3 > 0 then statuses = statuses .. "3xx:" .. r3 .. " " end
  if r4 > 0 then statuses = statuses .. "4xx:" .. r4 .. " " end
  if r5 > 0 then statuses = statuses .. "5xx:" .. r5 .. " " end
  io.write(string.format("RESULT\t%d\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t%d\t%d\t%s\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    bad, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, statuses))
end
