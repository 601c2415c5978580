-- wrk script: POST a distinct short article per request (distinct text, so every post is a real ingest,
-- not an idempotent repeat). Each wrk thread numbers its own articles.
local counter = 0
local thread_id = 0
local threads = {}
local places = { "the Grodno region", "Polish airspace", "the Baltic Sea", "the Kharkiv region", "Lithuania", "the Dnipropetrovsk region" }
local events = { "military exercises took place in", "drones were shot down over", "troops were deployed near", "shelling was reported in" }

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  thread_id = tonumber(wrk.thread:get("thread_id")) or 0
end

request = function()
  counter = counter + 1
  local place = places[(counter % #places) + 1]
  local event = events[(counter % #events) + 1]
  local body = string.format(
    "date 2025-09-%02d\nOfficials said on Friday that %s %s, bench article %d-%d-%d. Minsk said the drills would continue.",
    (counter % 28) + 1, event, place, os.time(), thread_id, counter)
  return wrk.format("POST", "/api/articles", {
    ["Content-Type"] = "text/plain; charset=utf-8",
    ["Authorization"] = "Bearer " .. (os.getenv("BENCH_API_KEY") or "bench"),
  }, body)
end
