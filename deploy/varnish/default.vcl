# Varnish in front of the gunicorn app servers (Debian varnish 7).
#
# - Anonymous GET/HEAD of public pages, feeds, calendars, sitemap, API, static files and media
#   are cached for as long as the app's Cache-Control s-maxage says.
# - The admin, previews, anything with a session cookie, /sok/ with a query, non-GET requests
#   and /healthz always go to an app server; responses marked private/no-store or setting a
#   cookie are never stored (Varnish's built-in rules).
# - Every content change in Wagtail sends `BAN /` (osloregionen/serving/frontend_cache.py): the
#   whole cache is dropped, because a change can show on any number of pages.
# - The app servers are health-probed on /healthz; while none is healthy, cached pages are
#   served for up to a day (grace) instead of an error.
#
# `make stack` runs this file with the app servers on 127.0.0.1:8001 and :8002 (deploy/stack.sh
# rewrites the ports when told to use others). In a real deployment list your app servers here.
vcl 4.1;

import directors;
import std;

probe healthz {
    .url = "/healthz";
    .interval = 1s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

backend app1 {
    .host = "127.0.0.1";
    .port = "8001";
    .probe = healthz;
    .connect_timeout = 1s;
    .first_byte_timeout = 35s;
    .between_bytes_timeout = 10s;
}

backend app2 {
    .host = "127.0.0.1";
    .port = "8002";
    .probe = healthz;
    .connect_timeout = 1s;
    .first_byte_timeout = 35s;
    .between_bytes_timeout = 10s;
}

# Who may ban: the app servers.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_init {
    new app = directors.round_robin();
    app.add_backend(app1);
    app.add_backend(app2);
}

sub vcl_recv {
    set req.backend_hint = app.backend();

    if (req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.status != 0");
        return (synth(200, "Banned"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }

    # The language is in the URL; the header would only split the cache.
    unset req.http.Accept-Language;

    if (req.url ~ "^/(static|media)/") {
        unset req.http.Cookie;
        return (hash);
    }
    if (req.url ~ "^/(admin|django-admin)(/|$)" || req.url ~ "^/healthz"
        || req.url ~ "^/(en/)?sok/?\?") {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Other cookies (csrftoken, analytics) change nothing in a public page.
    unset req.http.Cookie;

    # While an app server is healthy, a stale page is refreshed almost at once; while none
    # is, beresp.grace below decides how long stale pages are served.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

# A retry (see vcl_backend_error) goes to the other app server, not to the next in the rotation.
sub vcl_backend_fetch {
    if (bereq.retries > 0) {
        if (bereq.http.X-Failed-Backend == "app1") {
            set bereq.backend = app2;
        } else {
            set bereq.backend = app1;
        }
    }
    unset bereq.http.X-Failed-Backend;
}

sub vcl_backend_response {
    # An app server error during a background refresh keeps the stale copy.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    set beresp.grace = 24h;
    if (bereq.url ~ "^/(static|media)/") {
        unset beresp.http.Set-Cookie;
    }
    if (beresp.http.Content-Type ~ "^(text/|application/(json|xml|rss\+xml|atom\+xml|ld\+json|javascript)|image/svg\+xml)") {
        set beresp.do_gzip = true;
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}

# No app server answered: try the other one once (a server that just stopped is not yet
# marked sick), then a plain page that says so, never a trace.
sub vcl_backend_error {
    if (bereq.retries < 1 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        set bereq.http.X-Failed-Backend = beresp.backend.name;
        return (retry);
    }
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Retry-After = "30";
    set beresp.http.Cache-Control = "no-store";
    set beresp.ttl = 0s;
    set beresp.grace = 0s;
    synthetic({"<!DOCTYPE html>
<html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Midlertidig utilgjengelig – Osloregionen</title></head>
<body><main><h1>Midlertidig utilgjengelig</h1>
<p>Nettstedet er nede et øyeblikk. Prøv igjen om et minutt.</p>
<p lang="en">The site is briefly unavailable. Please try again in a minute.</p></main></body></html>
"});
    return (deliver);
}
