-- The request mix of bench/soak.sh for wrk: mostly reading the pages people use, and one
-- request in WRITE_EVERY (10) a change through a form with the session's CSRF token — a huddle
-- item added, or an answer to "Was it helpful?" on a content page.
--
--   wrk ... -s bench/soak.lua http://127.0.0.1:PORT -- SESSIONS_FILE
--
-- SESSIONS_FILE has one signed-in session a line: "cookie csrf-token team-id". Requests go
-- round-robin over the sessions. done() prints how many reads and writes were sent and every
-- status outside 2xx/3xx by count.

local WRITE_EVERY = 10
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local sessions = {}
local n = 0
-- Globals, so done() can read them from each thread with thread:get.
reads, writes = 0, 0
bad = {}

function init(args)
  for line in io.lines(args[1]) do
    local cookie, token, team = line:match("^(%S+) (%S+) (%S+)$")
    if cookie then
      table.insert(sessions, { cookie = cookie, token = token, team = team })
    end
  end
  n = id * 7
end

local pages = {
  function(s) return "/" end,
  function(s) return "/teams" end,
  function(s) return "/teams?region=2&q=pharm" end,
  function(s) return "/teams/" .. s.team end,
  function(s) return "/teams/" .. s.team .. "/p2p" end,
  function(s) return "/api/v1/teams?per_page=25" end,
  function(s) return "/content/consensus-decision-making" end,
  function(s) return "/search?q=consensus+decision" end,
  function(s) return "/search?q=concensus" end,
  function(s) return "/tasks" end,
}

function request()
  n = n + 1
  local s = sessions[(n % #sessions) + 1]
  local headers = { ["Cookie"] = "lmp_sid=" .. s.cookie }
  if n % WRITE_EVERY == 0 then
    writes = writes + 1
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    if (n / WRITE_EVERY) % 2 == 0 then
      local body = "csrf=" .. s.token .. "&category=issue&text=Soak+item+" .. id .. "-" .. n
      return wrk.format("POST", "/teams/" .. s.team .. "/huddle", headers, body)
    end
    local answer = ((n / WRITE_EVERY) % 4 == 1) and "yes" or "no"
    local body = "csrf=" .. s.token .. "&helpful=" .. answer .. "&comment="
    return wrk.format("POST", "/content/consensus-decision-making/helpful", headers, body)
  end
  reads = reads + 1
  return wrk.format("GET", pages[(n % #pages) + 1](s), headers)
end

function response(status, headers, body)
  if status >= 400 then
    bad[status] = (bad[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local total_reads, total_writes, statuses = 0, 0, {}
  for _, thread in ipairs(threads) do
    total_reads = total_reads + thread:get("reads")
    total_writes = total_writes + thread:get("writes")
    for status, count in pairs(thread:get("bad")) do
      statuses[status] = (statuses[status] or 0) + count
    end
  end
  io.write(string.format("mix: %d reads, %d writes\n", total_reads, total_writes))
  for status, count in pairs(statuses) do
    io.write(string.format("status %d: %d\n", status, count))
  end
end
