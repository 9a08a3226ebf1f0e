-- A crawler: every request asks for a URL drawn uniformly from the list in $BENCH_URLS (one path a line).
dofile(os.getenv("BENCH_WRK_DIR") .. "/summary.lua")

local urls = {}
for line in io.lines(os.getenv("BENCH_URLS")) do
  urls[#urls + 1] = line
end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  math.randomseed(os.time() * 1000 + (thread_number or 0))
end

function request()
  return wrk.format("GET", urls[math.random(#urls)])
end
