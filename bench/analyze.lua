-- wrk script: POST the same 10-question quiz over and over (a cached
-- analyze once the first request has filled the cache). With PAUSE_MS set,
-- each connection waits that long between a response and its next request,
-- so the server is measured at a given rate rather than flat out.
local qs = {}
for i = 1, 10 do
  qs[#qs + 1] = string.format('{"text":"Benchmark question %d: which of these is a prime number?","options":["four","six","seven","nine"]}', i)
end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"source":{"url":"http://quiz.local/bench","title":"Bench"},"questions":[' .. table.concat(qs, ",") .. ']}'

local pause = tonumber(os.getenv("PAUSE_MS") or "0")
if pause > 0 then
  function delay() return pause end
end

done = function(summary, latency, requests)
  io.write(string.format("p50 %.2fms p90 %.2fms p99 %.2fms max %.2fms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
