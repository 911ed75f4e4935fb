-- wrk script for scripts/load-test.sh: GET /v1/search with the queries of a corpus's queries.tsv.
--
--   wrk ... -s scripts/load-test.lua URL -- QUERIES.tsv [EXTRA_PARAMETERS]
--
-- Every thread walks the whole query list in file order, each from its own starting point, and
-- starts over at the end. EXTRA_PARAMETERS (e.g. "limit=10&facet=brand") is appended to every
-- request. At the end it prints one line starting with "RESULT" (latencies in milliseconds) that
-- scripts/load-test.sh reads.

local paths = {}
local position = 0

local function encode(text)
    return (text:gsub("[^%w%-%._~]", function(character)
        return string.format("%%%02X", string.byte(character))
    end))
end

local started = 0

function setup(thread)
    thread:set("number", started)
    started = started + 1
end

function init(args)
    local file = assert(io.open(args[1], "r"), "cannot read the queries file " .. tostring(args[1]))
    local extra = args[2] or ""
    if extra ~= "" then extra = "&" .. extra end
    local header = true
    for line in file:lines() do
        if header then
            header = false
        else
            local query = line:match("^[^\t]*\t(.*)$")
            if query and query ~= "" then
                table.insert(paths, wrk.format("GET", "/v1/search?q=" .. encode(query) .. extra))
            end
        end
    end
    file:close()
    assert(#paths > 0, "no queries in " .. args[1])
    -- Spread the threads over the list so they do not send the same query at the same moment.
    position = (number * 1009) % #paths
end

function request()
    position = position + 1
    if position > #paths then position = 1 end
    return paths[position]
end

function done(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local errors = summary.errors
    io.write(string.format(
        "RESULT requests=%d seconds=%.2f rps=%.0f p50=%.2f p90=%.2f p95=%.2f p99=%.2f p99.9=%.2f max=%.2f mean=%.2f " ..
        "connect=%d read=%d write=%d timeout=%d status=%d\n",
        summary.requests, seconds, summary.requests / seconds,
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
        latency:percentile(99) / 1000, latency:percentile(99.9) / 1000, latency.max / 1000, latency.mean / 1000,
        errors.connect, errors.read, errors.write, errors.timeout, errors.status))
end
