-- A client that revalidates the way browsers and crawlers do: each request carries the ETag of the last full
-- answer its thread received (BENCH_ETAG to begin with), so when a write changes the page, one 200 brings the
-- new ETag and the 304s resume.
dofile(os.getenv("BENCH_WRK_DIR") .. "/summary.lua")

local etag = os.getenv("BENCH_ETAG")

function request()
  return wrk.format("GET", nil, { ["If-None-Match"] = etag })
end

function response(status, headers, body)
  if status == 200 then
    etag = headers["ETag"] or headers["etag"] or etag
  end
end
