export const id = 1839;
export const ids = [1839,5533];
export const modules = {

/***/ 95533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* binding */ createGitHubClient),
  currentRepository: () => (/* binding */ currentRepository)
});

// EXTERNAL MODULE: ./shared/adapters/runner-commands.ts
var runner_commands = __webpack_require__(72096);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
;// CONCATENATED MODULE: ./shared/adapters/github-client.ts





/** How often a request is retried after a transient failure (5xx, secondary rate limit). */
const MAX_RETRIES = 4;
/**
 * An Octokit for the repository's API (GITHUB_API_URL is honoured, so GitHub Enterprise Server
 * works), with retries for transient 5xx answers and for primary/secondary rate limits that
 * honour `retry-after` (DESIGN.md §8). `@actions/github` routes requests through undici with the
 * runner's proxy settings.
 */
function createGitHubClient(token) {
    if (token.trim() === '')
        throw new errors/* UsageError */.eb('A GitHub token is required (input `token`, default: the workflow GITHUB_TOKEN).');
    return (0,github/* getOctokit */.Q)(token, {
        baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
        retry: { retries: MAX_RETRIES, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
        throttle: {
            onRateLimit: rateLimitHandler('GitHub rate limit reached'),
            onSecondaryRateLimit: rateLimitHandler('GitHub secondary rate limit')
        }
    }, dist_bundle/* retry */.L, throttling);
}
/** owner/repo of the workflow run (GITHUB_REPOSITORY). */
function currentRepository() {
    const full = process.env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = full.split('/');
    if (owner === undefined || repo === undefined || owner === '' || repo === '') {
        throw new errors/* UsageError */.eb('GITHUB_REPOSITORY is not set (owner/repo); run inside GitHub Actions or set it.');
    }
    return { owner, repo };
}
/** Warns about the wait and retries up to MAX_RETRIES times (plugin-throttling's callback). */
function rateLimitHandler(what) {
    return (retryAfter, options, _octokit, retryCount) => {
        runner_commands/* warning */.$e(`${what} for ${options.method} ${options.url}; retrying in ${retryAfter}s.`);
        return retryCount < MAX_RETRIES;
    };
}


/***/ }),

/***/ 60486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qz: () => (/* binding */ explainAccessError),
/* harmony export */   Yo: () => (/* binding */ isReferenceExists),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   rU: () => (/* binding */ apiMessageOf),
/* harmony export */   x9: () => (/* binding */ isAlreadyExists)
/* harmony export */ });
/* unused harmony export validationCodesOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/** The HTTP status of a failed request, or undefined for anything else (a network failure). */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** GitHub's `message` of a failed request ('' when there is none). */
function apiMessageOf(error) {
    const data = error?.response?.data;
    if (typeof data === 'object' && data !== null && 'message' in data) {
        const message = data.message;
        if (typeof message === 'string')
            return message;
    }
    return '';
}
/** The `errors[].code` values of a 422 Validation Failed answer. */
function validationCodesOf(error) {
    const data = error?.response?.data;
    if (typeof data !== 'object' || data === null || !('errors' in data))
        return [];
    const errors = data.errors;
    if (!Array.isArray(errors))
        return [];
    return errors
        .map((item) => typeof item === 'object' && item !== null && 'code' in item ? String(item.code) : '')
        .filter((code) => code !== '');
}
function isNotFound(error) {
    return statusOf(error) === 404;
}
/** A 422 whose errors say the name (asset name, release tag) is already taken. */
function isAlreadyExists(error) {
    return statusOf(error) === 422 && validationCodesOf(error).includes('already_exists');
}
/** git/create-ref's 422 for an existing ref: the lost race of a claim. */
function isReferenceExists(error) {
    return statusOf(error) === 422 && /reference already exists/i.test(apiMessageOf(error));
}
/**
 * Turns "the token may not do this" answers into a UsageError that says how to fix the workflow;
 * everything else is returned unchanged. `doing` describes the request ("create tag x in o/r").
 */
function explainAccessError(error, doing) {
    const status = statusOf(error);
    const message = apiMessageOf(error) || (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
    if (status === 401) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`GitHub refused the token while trying to ${doing} (401 ${message}); pass a valid token.`);
    }
    if (status === 403 && !/rate limit/i.test(message)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`GitHub did not allow the token to ${doing} (403 ${message}). The default GITHUB_TOKEN ` +
            'needs `permissions: contents: write` in the workflow; a fork pull request only gets a ' +
            'read-only token.');
    }
    return error;
}


/***/ }),

/***/ 41839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ GITHUB_STORE),
  C: () => (/* binding */ openStore)
});

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/adapters/local-store.ts + 1 modules
var local_store = __webpack_require__(96575);
// EXTERNAL MODULE: ./shared/adapters/github-client.ts + 1 modules
var github_client = __webpack_require__(95533);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./shared/store/bundle-manifest.ts
var bundle_manifest = __webpack_require__(95854);
// EXTERNAL MODULE: ./shared/store/content-digest.ts
var content_digest = __webpack_require__(73734);
// EXTERNAL MODULE: ./shared/store/github-store-layout.ts
var github_store_layout = __webpack_require__(63344);
;// CONCATENATED MODULE: ./shared/store/github-release-assets.ts

const UPLOADED = 'uploaded';
/**
 * Reads a record's metadata from its asset: the key is the asset name, the SHA-256 the label the
 * writer set, size and time what GitHub recorded. An asset that never finished uploading, or whose
 * label and GitHub digest disagree, is not a record (`problem` says why).
 */
function recordOfAsset(asset) {
    if (asset.state !== UPLOADED) {
        return {
            problem: `its upload did not finish (GitHub reports the asset in state "${asset.state}"); ` +
                'appending the same key again replaces it once the upload is abandoned.'
        };
    }
    const sha256 = (0,github_store_layout/* sha256OfRecordLabel */.yS)(asset.label);
    if (sha256 === undefined) {
        return { problem: 'its asset label does not hold the sha256 recorded when it was written.' };
    }
    const served = (0,github_store_layout/* sha256OfAssetDigest */.f3)(asset.digest);
    if (served !== undefined && served !== sha256) {
        return {
            problem: `GitHub's digest of the stored bytes (${served}) differs from the recorded sha256 ${sha256}.`
        };
    }
    const createdAt = isoTime(asset.createdAt);
    if (createdAt === undefined)
        return { problem: 'GitHub gives it no valid creation time.' };
    return { record: { key: asset.name, size: asset.size, createdAt, sha256 } };
}
/**
 * Compares an uploaded asset with the file a manifest expects, without downloading it: 'match'
 * or 'mismatch' from size and GitHub's digest, 'unknown' when GitHub gives no digest (the caller
 * must download to decide).
 */
function compareAssetWith(asset, expected) {
    if (asset.size !== expected.size)
        return 'mismatch';
    const served = (0,github_store_layout/* sha256OfAssetDigest */.f3)(asset.digest);
    if (served === undefined)
        return 'unknown';
    return served === expected.sha256 ? 'match' : 'mismatch';
}
/**
 * How long ago (ms) GitHub last changed the asset, by GitHub's clock: `serverNow` is the `date`
 * header of the answer that listed it, so the runner's clock skew does not matter.
 */
function assetAgeMs(asset, serverNow) {
    const updated = Date.parse(asset.updatedAt);
    return Number.isNaN(updated) ? Number.POSITIVE_INFINITY : serverNow - updated;
}
/**
 * True when an unfinished upload may be treated as abandoned: its writer died, rather than still
 * sending bytes. GitHub keeps the name of such an asset (state `open`, or `starter` after a 502),
 * so the name stays taken until it is deleted; only a writer that is sure the upload is dead may
 * delete it, and the only evidence is age.
 */
function isAbandonedUpload(asset, serverNow, abandonedAfterMs) {
    return asset.state !== UPLOADED && assetAgeMs(asset, serverNow) >= abandonedAfterMs;
}
/** GitHub's `2025-06-01T10:00:00Z` as the store's ISO form (`…:00.000Z`). */
function isoTime(text) {
    const time = Date.parse(text);
    return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

// EXTERNAL MODULE: ./shared/store/store-errors.ts
var store_errors = __webpack_require__(74309);
// EXTERNAL MODULE: ./shared/store/store-names.ts
var store_names = __webpack_require__(33780);
// EXTERNAL MODULE: ./shared/adapters/github-store-errors.ts
var github_store_errors = __webpack_require__(60486);
;// CONCATENATED MODULE: ./shared/adapters/github-store-assets.ts





/** The fields the store uses, from GitHub's `release-asset` object. */
function assetView(asset) {
    return {
        id: asset.id,
        name: asset.name,
        label: asset.label,
        size: asset.size,
        state: asset.state,
        digest: asset.digest ?? null,
        createdAt: asset.created_at,
        updatedAt: asset.updated_at
    };
}
/** GitHub's clock from an answer's `date` header (falls back to this machine's clock). */
function serverTime(headers) {
    const time = headers.date === undefined ? Number.NaN : Date.parse(headers.date);
    return Number.isNaN(time) ? Date.now() : time;
}
/** Every asset of a release, 100 per request, in upload order. */
async function listReleaseAssets(context, releaseId) {
    let serverNow = Date.now();
    const assets = await context.client.paginate(context.client.rest.repos.listReleaseAssets, { ...context.repository, release_id: releaseId, per_page: 100 }, (response) => {
        serverNow = serverTime(response.headers);
        return response.data.map(assetView);
    });
    return { assets, serverNow };
}
/** One asset by id, or undefined when it no longer exists. */
async function getReleaseAsset(context, assetId) {
    try {
        const { data } = await context.client.rest.repos.getReleaseAsset({
            ...context.repository,
            asset_id: assetId
        });
        return assetView(data);
    }
    catch (error) {
        if ((0,github_store_errors/* isNotFound */.c4)(error))
            return undefined;
        throw error;
    }
}
/**
 * Uploads `bytes` as asset `name`, retrying a failed upload itself. A 5xx or a dropped connection
 * can leave an unfinished asset that holds the name (state `open`, or `starter` after a 502), so
 * the next attempt would meet 422 already_exists; after its own failed attempt the writer knows
 * whose leftover that is, deletes it and uploads again, or finds that the failed attempt did
 * land. A 422 already_exists on the first attempt (the name was taken before) is the caller's to
 * settle and is thrown unchanged.
 *
 * GitHub would silently rename a name with other characters; the store's names never need it,
 * and an answer under another name is refused.
 */
async function uploadReleaseAsset(context, target, name, bytes, options = {}) {
    const delays = context.settings.uploadRetryDelaysMs;
    const expected = (0,content_digest/* digestOf */.ol)(bytes);
    let failures = 0;
    for (let attempt = 0; attempt <= delays.length + 1; attempt++) {
        try {
            return await uploadOnce(context, target, name, bytes, options);
        }
        catch (error) {
            if (failures > 0 && (0,github_store_errors/* isAlreadyExists */.x9)(error)) {
                const leftover = (await listReleaseAssets(context, target.id)).assets.find((asset) => asset.name === name);
                if (leftover === undefined)
                    continue;
                if (leftover.state === UPLOADED) {
                    if (await assetHolds(context, leftover, expected))
                        return leftover;
                    throw error;
                }
                await deleteReleaseAsset(context, leftover.id);
                continue;
            }
            const delay = delays[failures];
            if (!isTransient(error) || delay === undefined)
                throw error;
            failures++;
            await (0,promises_.setTimeout)(delay);
        }
    }
    throw new Error(`Uploading ${name} to ${context.location} kept failing; giving up.`);
}
async function uploadOnce(context, target, name, bytes, options) {
    const { data } = await context.client.rest.repos.uploadReleaseAsset({
        ...context.repository,
        release_id: target.id,
        url: target.uploadUrl,
        name,
        ...(options.label === undefined ? {} : { label: options.label }),
        // Octokit types `data` as string; it sends binary bodies (Uint8Array) unchanged.
        data: bytes,
        headers: { 'content-type': options.contentType ?? 'application/octet-stream' },
        // The retry plugin would resend blindly into the name a failed attempt may hold.
        request: { retries: 0 }
    });
    const asset = assetView(data);
    if (asset.name !== name) {
        throw new errors/* IntegrityError */.cs(`GitHub stored the asset ${JSON.stringify(name)} as ${JSON.stringify(asset.name)} in ` +
            `${context.location}; the store cannot use a renamed asset.`);
    }
    return asset;
}
/** 5xx answers and failures without an answer (Octokit reports those as status 500). */
function isTransient(error) {
    const status = (0,github_store_errors/* statusOf */.c2)(error);
    return status === undefined || status >= 500;
}
/** True when an uploaded asset holds `expected`; downloads it when GitHub gives no digest. */
async function assetHolds(context, asset, expected) {
    const compared = compareAssetWith(asset, expected);
    if (compared !== 'unknown')
        return compared === 'match';
    const bytes = await downloadReleaseAsset(context, asset.id);
    return bytes.byteLength === expected.size && (0,content_digest/* sha256Hex */.fg)(bytes) === expected.sha256;
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/**
 * The bytes of an asset. GitHub answers `Accept: application/octet-stream` with a 302 to a signed
 * URL or with the bytes themselves (both are documented); fetch follows the redirect without the
 * token, and a redirect that reaches this code anyway is followed here without it too.
 */
async function downloadReleaseAsset(context, assetId) {
    const response = await context.client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
        ...context.repository,
        asset_id: assetId,
        headers: { accept: 'application/octet-stream' }
    });
    const location = response.headers.location;
    if (REDIRECTS.has(response.status) && typeof location === 'string') {
        const redirected = await fetch(location);
        if (!redirected.ok) {
            throw new Error(`Downloading asset ${assetId} of ${context.location} failed: ${redirected.status} ` +
                `${redirected.statusText} from its signed URL.`);
        }
        return new Uint8Array(await redirected.arrayBuffer());
    }
    return binaryBody(response.data);
}
function binaryBody(data) {
    if (data instanceof ArrayBuffer)
        return new Uint8Array(data);
    if (ArrayBuffer.isView(data))
        return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (typeof data === 'string')
        return new TextEncoder().encode(data);
    throw new Error('GitHub answered an asset download with JSON instead of the asset bytes.');
}
/** Deletes an asset; false when it was already gone. */
async function deleteReleaseAsset(context, assetId) {
    try {
        await context.client.rest.repos.deleteReleaseAsset({ ...context.repository, asset_id: assetId });
        return true;
    }
    catch (error) {
        if ((0,github_store_errors/* isNotFound */.c4)(error))
            return false;
        throw error;
    }
}

;// CONCATENATED MODULE: ./shared/adapters/github-store-parallel.ts
/**
 * Runs `task` over `items` with at most `limit` calls in flight and returns the results in item
 * order. The GitHub store reads many tag objects and uploads many assets; GitHub's secondary rate
 * limits forbid unbounded concurrency (at most 100 concurrent requests, fewer is kinder), while
 * strictly sequential calls would make a 999-file bundle needlessly slow. The first failure
 * stops new calls from starting and is rethrown once the running ones have settled.
 */
async function mapWithLimit(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            const index = next++;
            try {
                results[index] = await task(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
    await Promise.all(workers);
    if (failure !== undefined)
        throw failure.error;
    return results;
}

;// CONCATENATED MODULE: ./shared/adapters/github-store-bundles.ts











/** Rounds of look → draft → publish before giving up on a bundle other writers keep changing. */
const MAX_PUBLISH_ROUNDS = 6;
/**
 * Bundles as releases (DESIGN.md §3). A bundle `b` is the release of tag `_tollgate/bundles/b`:
 * one asset per file plus `manifest.json` (name, size and SHA-256 of every file). A writer
 * creates a draft, uploads every file, then `manifest.json`, then publishes (draft → false);
 * drafts are invisible to `get-release-by-tag` and own no tag, so readers only ever see complete
 * bundles, and nothing is uploaded after publishing (which immutable releases forbid anyway).
 *
 * Concurrency, with no lock service:
 * - Published releases own their tag: of several drafts for one bundle, GitHub publishes one and
 *   refuses the others with 422, whose writers then compare (identical files: 'exists', else
 *   ConflictError) and delete their own draft.
 * - A writer may complete a draft it finds (a crashed writer's): it uploads what is missing and
 *   checks what is there by digest. Uploading `manifest.json` is the lock on publishing a draft
 *   (an asset name is created once): only the writer whose upload succeeds publishes it, so two
 *   writers never both report 'created' for the same draft. A writer that finds the manifest
 *   already there waits for the publication and starts a draft of its own if none comes.
 * - Only an unfinished upload older than `abandonedUploadAfterMs` is deleted (and a published
 *   release never is): a younger one may belong to a live writer.
 */
class GitHubBundles {
    context;
    claims;
    published = new Map();
    constructor(context, claims) {
        this.context = context;
        this.claims = claims;
    }
    async publishBundle(name, files) {
        const manifest = (0,bundle_manifest/* buildBundleManifest */.Sb)(name, files);
        const manifestBytes = (0,bundle_manifest/* serializeBundleManifest */.In)(manifest);
        let adoptDrafts = true;
        for (let round = 0; round < MAX_PUBLISH_ROUNDS; round++) {
            const existing = await this.findPublished(name);
            if (existing !== undefined)
                return this.republished(existing.manifest, manifest);
            const draft = (adoptDrafts ? await this.findAdoptableDraft(manifest) : undefined) ??
                (await this.createDraft(name));
            const outcome = await this.completeDraft(draft, manifest, manifestBytes, files);
            if (outcome === 'published')
                return { outcome: 'created', manifest };
            if (outcome === 'abandoned')
                adoptDrafts = false;
        }
        throw new Error(`Could not publish bundle ${JSON.stringify(name)} in ${this.context.location} after ` +
            `${MAX_PUBLISH_ROUNDS} attempts: other writers kept changing its draft releases.`);
    }
    async readBundleManifest(name) {
        (0,store_names/* assertBundleName */.OC)(name);
        return (await this.findPublished(name))?.manifest;
    }
    async readBundleFile(name, fileName) {
        (0,store_names/* assertBundleName */.OC)(name);
        const bundle = await this.findPublished(name);
        if (bundle === undefined) {
            throw new errors/* UsageError */.eb(`No bundle named ${JSON.stringify(name)} is published in ${this.context.location}.`);
        }
        const entry = (0,bundle_manifest/* findBundleFile */.Sq)(bundle.manifest, fileName);
        const what = `File ${JSON.stringify(fileName)} of bundle ${JSON.stringify(name)}`;
        const asset = await this.assetOf(bundle, entry.name);
        if (asset === undefined) {
            throw new errors/* IntegrityError */.cs(`${what} is missing from ${this.context.location}.`);
        }
        if (asset.state !== UPLOADED) {
            throw new errors/* IntegrityError */.cs(`${what} is damaged: its upload never finished.`);
        }
        if (compareAssetWith(asset, entry) === 'mismatch') {
            throw new errors/* IntegrityError */.cs(`${what} is damaged: GitHub holds ${asset.size} bytes (${asset.digest ?? 'no digest'}), ` +
                `but ${entry.size} bytes with sha256 ${entry.sha256} were recorded when it was written.`);
        }
        return this.context.cache.readThrough(entry, what, () => downloadReleaseAsset(this.context, asset.id));
    }
    async listBundles(prefix) {
        (0,store_names/* assertRefPrefix */.Q5)(prefix);
        // Publishing creates the release's tag; drafts have none, so tags list exactly the
        // published bundles, in one request.
        const tags = await this.claims.matchingTags((0,github_store_layout/* bundleReleaseTagPrefix */.et)(prefix));
        return tags
            .map((target) => (0,github_store_layout/* bundleNameOfTag */.pm)(target.tag))
            .filter((bundle) => bundle !== undefined && isBundleName(bundle))
            .sort(store_names/* compareCodeUnits */.UF);
    }
    // ---- reading published bundles -------------------------------------------------------------
    /** The published bundle and its manifest, or undefined when none is published. */
    async findPublished(name) {
        const known = this.published.get(name);
        if (known !== undefined)
            return known;
        let release;
        try {
            release = (await this.context.client.rest.repos.getReleaseByTag({
                ...this.context.repository,
                tag: (0,github_store_layout/* bundleReleaseTag */.Wh)(name)
            })).data;
        }
        catch (error) {
            if ((0,github_store_errors/* isNotFound */.c4)(error))
                return undefined;
            throw (0,github_store_errors/* explainAccessError */.Qz)(error, `read bundle ${name}`);
        }
        if (release.draft)
            return undefined;
        const assets = {
            releaseId: release.id,
            assets: new Map(release.assets.map((asset) => [asset.name, assetView(asset)])),
            fullListing: false
        };
        const manifest = await this.readManifest(assets, name);
        const bundle = { ...assets, manifest };
        this.published.set(name, bundle);
        return bundle;
    }
    async readManifest(bundle, name) {
        const asset = await this.assetOf(bundle, store_names/* BUNDLE_MANIFEST_FILE */.EI);
        const what = `Bundle ${JSON.stringify(name)} in ${this.context.location}`;
        if (asset === undefined || asset.state !== UPLOADED) {
            throw new errors/* IntegrityError */.cs(`${what} is damaged: its release has no ${store_names/* BUNDLE_MANIFEST_FILE */.EI}.`);
        }
        const bytes = await downloadReleaseAsset(this.context, asset.id);
        const served = (0,github_store_layout/* sha256OfAssetDigest */.f3)(asset.digest);
        if (served !== undefined && served !== (0,content_digest/* sha256Hex */.fg)(bytes)) {
            throw new errors/* IntegrityError */.cs(`${what} is damaged: its ${store_names/* BUNDLE_MANIFEST_FILE */.EI} does not match GitHub's digest of it.`);
        }
        return (0,bundle_manifest/* parseBundleManifest */.nv)(bytes, name);
    }
    /** An asset of a published bundle by name, listing every asset if the embedded list lacks it. */
    async assetOf(bundle, name) {
        const asset = bundle.assets.get(name);
        if (asset !== undefined || bundle.fullListing)
            return asset;
        const listing = await listReleaseAssets(this.context, bundle.releaseId);
        bundle.assets = new Map(listing.assets.map((item) => [item.name, item]));
        bundle.fullListing = true;
        return bundle.assets.get(name);
    }
    republished(existing, attempted) {
        if ((0,bundle_manifest/* sameBundleContents */.vt)(existing, attempted))
            return { outcome: 'exists', manifest: existing };
        throw new store_errors/* ConflictError */.f(`Bundle ${JSON.stringify(attempted.bundle)} is already published in ` +
            `${this.context.location} with other files ` +
            `(${(0,bundle_manifest/* describeBundleDifference */.Py)(existing, attempted)}); published bundles are immutable, ` +
            'so publish under a new name.');
    }
    // ---- drafts ----------------------------------------------------------------------------------
    /**
     * The oldest draft of this bundle that this writer can complete: every asset it holds is one of
     * this bundle's files with the right bytes (or `manifest.json`), and any unfinished upload in
     * it is old enough to be abandoned. Drafts have no tag to look them up by, so this lists the
     * repository's releases (one request per 100 releases).
     */
    async findAdoptableDraft(manifest) {
        const tag = (0,github_store_layout/* bundleReleaseTag */.Wh)(manifest.bundle);
        const releases = await this.context.client.paginate(this.context.client.rest.repos.listReleases, { ...this.context.repository, per_page: 100 }, (response) => response.data
            .filter((release) => release.draft && release.tag_name === tag)
            .map((release) => ({ id: release.id, uploadUrl: release.upload_url })));
        releases.sort((a, b) => a.id - b.id);
        for (const target of releases) {
            const listing = await listReleaseAssets(this.context, target.id);
            if (this.isAdoptable(listing, manifest))
                return { target, listing };
        }
        return undefined;
    }
    isAdoptable(listing, manifest) {
        const expected = new Map(manifest.files.map((entry) => [entry.name, entry]));
        return listing.assets.every((asset) => {
            if (asset.name === store_names/* BUNDLE_MANIFEST_FILE */.EI)
                return true;
            const entry = expected.get(asset.name);
            if (entry === undefined)
                return false;
            if (asset.state === UPLOADED)
                return compareAssetWith(asset, entry) !== 'mismatch';
            return isAbandonedUpload(asset, listing.serverNow, this.context.settings.abandonedUploadAfterMs);
        });
    }
    async createDraft(name) {
        try {
            const response = await this.context.client.rest.repos.createRelease({
                ...this.context.repository,
                tag_name: (0,github_store_layout/* bundleReleaseTag */.Wh)(name),
                name,
                body: `Files of the Tollgate bundle \`${name}\`. \`${store_names/* BUNDLE_MANIFEST_FILE */.EI}\` records the ` +
                    'SHA-256 of every file and Tollgate checks it on every download. Written by Tollgate; ' +
                    'do not edit or delete.',
                draft: true,
                make_latest: 'false',
                ...(this.context.knownCommit === undefined
                    ? {}
                    : { target_commitish: this.context.knownCommit })
            });
            return {
                target: { id: response.data.id, uploadUrl: response.data.upload_url },
                listing: { assets: [], serverNow: serverTime(response.headers) }
            };
        }
        catch (error) {
            throw (0,github_store_errors/* explainAccessError */.Qz)(error, `create a draft release for bundle ${name}`);
        }
    }
    async completeDraft(draft, manifest, manifestBytes, files) {
        try {
            const checked = await this.checkDraft(draft, manifest);
            if (checked === 'abandoned')
                return 'abandoned';
            const missing = manifest.files.filter((entry) => !checked.present.has(entry.name));
            const uploads = await mapWithLimit(missing, this.context.settings.uploadConcurrency, (entry) => this.uploadFile(draft.target, entry, fileBytes(files, entry.name)));
            if (uploads.includes('abandoned'))
                return 'abandoned';
            const lock = await this.takePublicationLock(draft, checked.manifestAsset, manifestBytes);
            if (lock === 'abandoned')
                return 'abandoned';
            if (lock === 'taken')
                return await this.awaitPublication(manifest.bundle);
            return await this.publishDraft(draft.target, manifest, files);
        }
        catch (error) {
            // The draft was deleted under us: its owner lost to a published release. Look again.
            if ((0,github_store_errors/* isNotFound */.c4)(error))
                return 'retry';
            throw (0,github_store_errors/* explainAccessError */.Qz)(error, `publish bundle ${manifest.bundle}`);
        }
    }
    /**
     * Checks what a draft already holds: which files are complete with the right bytes, and its
     * manifest asset if any. Deletes unfinished uploads that are abandoned.
     */
    async checkDraft(draft, manifest) {
        const expected = new Map(manifest.files.map((entry) => [entry.name, entry]));
        const present = new Set();
        let manifestAsset;
        for (const asset of draft.listing.assets) {
            if (asset.name === store_names/* BUNDLE_MANIFEST_FILE */.EI) {
                manifestAsset = { ...asset };
                continue;
            }
            const entry = expected.get(asset.name);
            if (entry === undefined)
                return 'abandoned';
            if (asset.state !== UPLOADED) {
                if (!this.isAbandoned(asset, draft.listing.serverNow))
                    return 'abandoned';
                await deleteReleaseAsset(this.context, asset.id);
                continue;
            }
            if (!(await this.holds(asset, entry)))
                return 'abandoned';
            present.add(asset.name);
        }
        return manifestAsset === undefined ? { present } : { present, manifestAsset };
    }
    /**
     * Uploads one file into the draft. When the name is taken (a concurrent writer, or a retried
     * request whose first attempt arrived), the asset there must hold the same bytes; an abandoned
     * unfinished upload is replaced.
     */
    async uploadFile(target, entry, bytes) {
        for (let attempt = 0; attempt < 3; attempt++) {
            try {
                const asset = await uploadReleaseAsset(this.context, target, entry.name, bytes);
                if (compareAssetWith(asset, entry) === 'mismatch') {
                    throw new errors/* IntegrityError */.cs(`GitHub stored other bytes for ${entry.name} than were sent to ${this.context.location}.`);
                }
                return 'ok';
            }
            catch (error) {
                if (!(0,github_store_errors/* isAlreadyExists */.x9)(error))
                    throw error;
            }
            const listing = await listReleaseAssets(this.context, target.id);
            const existing = listing.assets.find((asset) => asset.name === entry.name);
            if (existing === undefined)
                continue;
            if (existing.state === UPLOADED)
                return (await this.holds(existing, entry)) ? 'ok' : 'abandoned';
            if (!this.isAbandoned(existing, listing.serverNow))
                return 'abandoned';
            await deleteReleaseAsset(this.context, existing.id);
        }
        return 'abandoned';
    }
    /**
     * Uploads `manifest.json`, the lock on publishing this draft: 'held' when this writer's upload
     * created it, 'taken' when another writer's manifest is there (it is about to publish), and
     * 'abandoned' when the draft's manifest describes other content. A manifest that has sat
     * unpublished for longer than `abandonedUploadAfterMs` belongs to a dead writer: it is
     * replaced, which hands the lock to whichever replacement upload succeeds.
     */
    async takePublicationLock(draft, existing, manifestBytes) {
        const expected = (0,content_digest/* digestOf */.ol)(manifestBytes);
        if (existing !== undefined) {
            const finished = existing.state === UPLOADED;
            if (finished && !(await this.holds(existing, expected)))
                return 'abandoned';
            const age = assetAgeMs(existing, draft.listing.serverNow);
            if (age < this.context.settings.abandonedUploadAfterMs)
                return 'taken';
            await deleteReleaseAsset(this.context, existing.id);
        }
        try {
            await uploadReleaseAsset(this.context, draft.target, store_names/* BUNDLE_MANIFEST_FILE */.EI, manifestBytes, {
                contentType: 'application/json'
            });
            return 'held';
        }
        catch (error) {
            if ((0,github_store_errors/* isAlreadyExists */.x9)(error))
                return 'taken';
            throw error;
        }
    }
    /**
     * Publishes the draft this writer holds the lock of, after checking that every file is there
     * with the right bytes (a file deleted meanwhile is uploaded again). When another release of
     * the bundle was published first, GitHub refuses (422); this writer deletes its draft and the
     * caller compares with the published one.
     */
    async publishDraft(target, manifest, files) {
        const listing = await listReleaseAssets(this.context, target.id);
        const byName = new Map(listing.assets.map((asset) => [asset.name, asset]));
        for (const entry of manifest.files) {
            const asset = byName.get(entry.name);
            if (asset !== undefined && asset.state === UPLOADED) {
                if (!(await this.holds(asset, entry)))
                    return 'abandoned';
                continue;
            }
            if (asset !== undefined)
                await deleteReleaseAsset(this.context, asset.id);
            const uploaded = await this.uploadFile(target, entry, fileBytes(files, entry.name));
            if (uploaded === 'abandoned')
                return 'abandoned';
        }
        const expectedNames = new Set([store_names/* BUNDLE_MANIFEST_FILE */.EI, ...manifest.files.map((e) => e.name)]);
        if (listing.assets.some((asset) => !expectedNames.has(asset.name)))
            return 'abandoned';
        try {
            await this.context.client.rest.repos.updateRelease({
                ...this.context.repository,
                release_id: target.id,
                draft: false,
                make_latest: 'false'
            });
            return 'published';
        }
        catch (error) {
            if ((0,github_store_errors/* statusOf */.c2)(error) !== 422)
                throw error;
            if ((await this.findPublished(manifest.bundle)) === undefined) {
                throw new errors/* UsageError */.eb(`GitHub refused to publish bundle ${JSON.stringify(manifest.bundle)} in ` +
                    `${this.context.location}: ${(0,github_store_errors/* apiMessageOf */.rU)(error) || 'validation failed'}. Its tag ` +
                    `${(0,github_store_layout/* bundleReleaseTag */.Wh)(manifest.bundle)} may belong to a deleted immutable release; ` +
                    'publish under a new name.');
            }
            await this.deleteDraft(target.id);
            return 'retry';
        }
    }
    /** Waits for the writer holding a draft's lock to publish it; 'abandoned' if it never does. */
    async awaitPublication(bundle) {
        for (const pause of this.context.settings.publicationWaitMs) {
            await (0,promises_.setTimeout)(pause);
            if ((await this.findPublished(bundle)) !== undefined)
                return 'retry';
        }
        return 'abandoned';
    }
    async deleteDraft(releaseId) {
        try {
            await this.context.client.rest.repos.deleteRelease({
                ...this.context.repository,
                release_id: releaseId
            });
        }
        catch (error) {
            if (!(0,github_store_errors/* isNotFound */.c4)(error))
                throw error;
        }
    }
    holds(asset, expected) {
        return assetHolds(this.context, asset, expected);
    }
    isAbandoned(asset, serverNow) {
        return isAbandonedUpload(asset, serverNow, this.context.settings.abandonedUploadAfterMs);
    }
}
function fileBytes(files, name) {
    const bytes = files.get(name);
    if (bytes === undefined)
        throw new Error(`Bundle file ${name} vanished while publishing.`);
    return bytes;
}
function isBundleName(name) {
    try {
        (0,store_names/* assertBundleName */.OC)(name);
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./shared/adapters/runner-commands.ts
var runner_commands = __webpack_require__(72096);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./shared/adapters/store-cache.ts






/** No cache: download and verify every time (outside Actions, and in the CLI). */
const NO_STORE_CACHE = {
    async readThrough(expected, what, download) {
        const bytes = await download();
        (0,content_digest/* verifyDigest */.Ub)(bytes, expected, what);
        return bytes;
    },
    restoreSnapshot: async () => undefined,
    saveSnapshot: async () => undefined
};
/** Prefix of every cache key the store writes; the rest is the content's SHA-256. */
const STORE_CACHE_KEY_PREFIX = 'tollgate-store-sha256-';
/**
 * The cache to use in this process: the Actions cache inside a GitHub Actions job (the runner
 * sets ACTIONS_RUNTIME_TOKEN and the cache service URL), otherwise none.
 */
function openStoreCache(env = process.env) {
    if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL)
        return NO_STORE_CACHE;
    return new ActionsStoreCache((0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'tollgate-store-cache'));
}
/**
 * The Actions cache (`@actions/cache`), one entry per content digest. An entry is a single file
 * `<directory>/<sha256>`; the directory must be the same in every run, because the cache
 * service matches entries by key and by the paths they were saved from.
 */
class ActionsStoreCache {
    directory;
    warn;
    inFlight = new Map();
    warned = false;
    constructor(directory, warn = (message) => runner_commands/* warning */.$e(message)) {
        this.directory = directory;
        this.warn = warn;
    }
    readThrough(expected, what, download) {
        // Two reads of the same content share one restore (they would write the same file).
        const pending = this.inFlight.get(expected.sha256);
        if (pending !== undefined)
            return pending;
        const reading = this.read(expected, what, download).finally(() => this.inFlight.delete(expected.sha256));
        this.inFlight.set(expected.sha256, reading);
        return reading;
    }
    async restoreSnapshot(prefix, what) {
        const path = (0,external_node_path_.join)(this.directory, `${prefix}snapshot`);
        try {
            await (0,external_node_fs_promises_.mkdir)(this.directory, { recursive: true });
            // A key that is a prefix restores the newest entry whose key starts with it.
            const cache = await loadCacheClient();
            if (cache === undefined)
                return undefined;
            const hit = await cache.restoreCache([path], prefix);
            if (hit === undefined)
                return undefined;
            const bytes = new Uint8Array(await (0,external_node_fs_promises_.readFile)(path));
            if ((0,content_digest/* sha256Hex */.fg)(bytes) === hit.slice(prefix.length))
                return bytes;
            this.warnOnce(`The cached ${what} is damaged; reading from GitHub instead.`);
        }
        catch (error) {
            this.warnOnce(`The Actions cache could not restore the ${what}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        finally {
            await (0,external_node_fs_promises_.rm)(path, { force: true }).catch(() => undefined);
        }
        return undefined;
    }
    async saveSnapshot(prefix, bytes, what) {
        const path = (0,external_node_path_.join)(this.directory, `${prefix}snapshot`);
        try {
            await (0,external_node_fs_promises_.mkdir)(this.directory, { recursive: true });
            await this.save(path, `${prefix}${(0,content_digest/* sha256Hex */.fg)(bytes)}`, bytes, `the ${what}`);
        }
        finally {
            await (0,external_node_fs_promises_.rm)(path, { force: true }).catch(() => undefined);
        }
    }
    async read(expected, what, download) {
        const path = (0,external_node_path_.join)(this.directory, expected.sha256);
        const key = `${STORE_CACHE_KEY_PREFIX}${expected.sha256}`;
        try {
            const cached = await this.restore(path, key, what);
            if (cached !== undefined)
                return cached;
            const bytes = await download();
            (0,content_digest/* verifyDigest */.Ub)(bytes, expected, what);
            await this.save(path, key, bytes, what);
            return bytes;
        }
        finally {
            await (0,external_node_fs_promises_.rm)(path, { force: true }).catch(() => undefined);
        }
    }
    async restore(path, key, what) {
        try {
            await (0,external_node_fs_promises_.mkdir)(this.directory, { recursive: true });
            const cache = await loadCacheClient();
            if (cache === undefined)
                return undefined;
            const hit = await cache.restoreCache([path], key);
            if (hit === undefined)
                return undefined;
            const bytes = new Uint8Array(await (0,external_node_fs_promises_.readFile)(path));
            if ((0,content_digest/* sha256Hex */.fg)(bytes) === key.slice(STORE_CACHE_KEY_PREFIX.length))
                return bytes;
            this.warnOnce(`The cached copy of ${what} is damaged; downloading it again.`);
        }
        catch (error) {
            this.warnOnce(`The Actions cache could not restore ${what}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        return undefined;
    }
    async save(path, key, bytes, what) {
        try {
            const cache = await loadCacheClient();
            if (cache === undefined)
                return;
            await (0,external_node_fs_promises_.writeFile)(path, bytes);
            await cache.saveCache([path], key);
        }
        catch (error) {
            // Another job saving the same content at the same time is normal; an outage is not an error.
            this.warnOnce(`The Actions cache could not keep ${what}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    /** One warning per store is enough to tell the user the cache is not helping. */
    warnOnce(message) {
        if (this.warned)
            return;
        this.warned = true;
        this.warn(`${message} (Tollgate reads from GitHub instead; this is not an error.)`);
    }
}
let cacheClient;
/**
 * @actions/cache, loaded on first use (it is a large part of a bundle's start-up), or undefined
 * when the runner offers no cache service.
 */
function loadCacheClient() {
    cacheClient ??= Promise.all(/* import() */[__webpack_require__.e(1371), __webpack_require__.e(8091)]).then(__webpack_require__.bind(__webpack_require__, 18091)).then((cache) => cache.isFeatureAvailable() ? cache : undefined);
    return cacheClient;
}

;// CONCATENATED MODULE: ./shared/adapters/github-store-context.ts




const DEFAULT_GITHUB_STORE_SETTINGS = {
    uploadConcurrency: 4,
    uploadRetryDelaysMs: [1000, 4000, 9000],
    readConcurrency: 8,
    abandonedUploadAfterMs: 10 * 60 * 1000,
    segmentCapacity: store_names/* MAX_BUNDLE_FILES */.ow,
    publicationWaitMs: [250, 500, 1000, 2000, 4000, 8000]
};
/** What every part of the GitHub store shares: the client, the repository and the settings. */
class GitHubStoreContext {
    client;
    owner;
    repo;
    knownCommit;
    cache;
    settings;
    location;
    commitLookup;
    constructor(client, owner, repo, 
    /** The workflow's commit (GITHUB_SHA), when known; tags the store creates point at it. */
    knownCommit, cache = NO_STORE_CACHE, settings = DEFAULT_GITHUB_STORE_SETTINGS, host) {
        this.client = client;
        this.owner = owner;
        this.repo = repo;
        this.knownCommit = knownCommit;
        this.cache = cache;
        this.settings = settings;
        this.location = `GitHub ${host === undefined ? '' : `${host}/`}${owner}/${repo}`;
    }
    /** `{ owner, repo }` for Octokit calls. */
    get repository() {
        return { owner: this.owner, repo: this.repo };
    }
    /**
     * The commit a tag points at when the caller names none: GITHUB_SHA, else the head of the
     * default branch (one lookup per store, so a store also works outside a workflow run).
     */
    defaultCommit() {
        if (this.knownCommit !== undefined)
            return Promise.resolve(this.knownCommit);
        this.commitLookup ??= this.lookUpDefaultCommit().catch((error) => {
            this.commitLookup = undefined;
            throw error;
        });
        return this.commitLookup;
    }
    async lookUpDefaultCommit() {
        try {
            const { data: repository } = await this.client.rest.repos.get(this.repository);
            const branch = repository.default_branch;
            const { data: ref } = await this.client.rest.git.getRef({
                ...this.repository,
                ref: `heads/${branch}`
            });
            if (ref.object.type !== 'commit') {
                throw new errors/* UsageError */.eb(`The default branch ${branch} of ${this.owner}/${this.repo} does not point at a commit; ` +
                    'set GITHUB_SHA to the commit Tollgate should tag.');
            }
            return ref.object.sha;
        }
        catch (error) {
            throw (0,github_store_errors/* explainAccessError */.Qz)(error, `read the default branch of ${this.owner}/${this.repo}`);
        }
    }
}

// EXTERNAL MODULE: ./shared/store/record-order.ts
var record_order = __webpack_require__(9050);
// EXTERNAL MODULE: ./shared/store/canonical-json.ts
var canonical_json = __webpack_require__(92113);
;// CONCATENATED MODULE: ./shared/store/github-tag-messages.ts

/**
 * The messages of the annotated tags the GitHub store creates. A claim's message is its metadata
 * as canonical one-line JSON, so `git show churn@v0.0.1` shows it and GTO, which reads only tag
 * names, is not disturbed. A record segment's claim tag names the draft release that holds the
 * segment, because drafts have no tag GitHub could look them up by.
 */
/** Identifies a segment claim's message (and its version, should the format ever change). */
const SEGMENT_MESSAGE_SCHEMA = 'tollgate.record-segment/1';
/**
 * The message of a claim's tag. Throws UsageError (before anything is written) when the
 * metadata holds something JSON cannot represent.
 */
function formatClaimMessage(metadata, refName) {
    return (0,canonical_json/* compactCanonicalJson */.U0)(metadata, `The metadata of ref ${JSON.stringify(refName)}`);
}
/**
 * The metadata in a tag message. Tags that Tollgate did not write (GTO's own annotated tags,
 * whose message is prose) carry no metadata: `{}`, which the registry reads as a foreign tag.
 */
function parseClaimMessage(message) {
    try {
        const value = JSON.parse(message.trim());
        return (0,canonical_json/* isJsonObject */.OW)(value) ? value : {};
    }
    catch {
        return {};
    }
}
function formatSegmentMessage(claim) {
    return (0,canonical_json/* compactCanonicalJson */.U0)({
        schema: SEGMENT_MESSAGE_SCHEMA,
        series: claim.series,
        segment: claim.segment,
        releaseId: claim.releaseId
    }, 'segment claim');
}
/**
 * The release id a segment tag's message names, or undefined when the message is not a segment
 * claim for exactly this series and segment (a tag someone else wrote, or a damaged one).
 */
function releaseIdOfSegmentMessage(message, series, segment) {
    const parsed = parseClaimMessage(message);
    const { releaseId } = parsed;
    if (parsed.schema !== SEGMENT_MESSAGE_SCHEMA ||
        parsed.series !== series ||
        parsed.segment !== segment ||
        typeof releaseId !== 'number' ||
        !Number.isSafeInteger(releaseId) ||
        releaseId <= 0) {
        return undefined;
    }
    return releaseId;
}

;// CONCATENATED MODULE: ./shared/adapters/github-store-segments.ts





/**
 * The segments of record series (DESIGN.md §3: histories roll over to a new segment before the
 * 1000-asset cap). A segment is a draft release, so it accepts assets forever, also in
 * repositories with immutable releases, and its records never show up as a public release.
 * Drafts own no tag, so each segment is claimed by the annotated tag
 * `_tollgate/records/<series>@<n>` whose message names the draft's release id: starting segment n
 * is itself an atomic claim, and of two writers that both found segment n-1 full exactly one
 * starts segment n (the other deletes its unused draft and uses the winner's).
 */
class RecordSegments {
    context;
    claims;
    starting = new Map();
    uploadUrls = new Map();
    constructor(context, claims) {
        this.context = context;
        this.claims = claims;
    }
    /** The series' segments, oldest first (one request, plus one per segment tag not read before). */
    async list(series) {
        const targets = await this.claims.matchingTags((0,github_store_layout/* segmentTagPrefix */.eF)(series));
        const numbered = targets
            .map((target) => ({ target, number: (0,github_store_layout/* segmentNumberOfTag */.oU)(series, target.tag) }))
            .filter((item) => item.number !== undefined);
        const segments = await mapWithLimit(numbered, this.context.settings.readConcurrency, ({ target, number }) => this.segmentOf(series, number, target));
        return segments.sort((a, b) => a.number - b.number);
    }
    /**
     * Segment `number` of the series, starting it if nobody has. Concurrent calls in this process
     * share one attempt; concurrent writers elsewhere are settled by the tag claim.
     */
    start(series, number) {
        const key = `${series}@${number}`;
        let pending = this.starting.get(key);
        if (pending === undefined) {
            pending = this.claimSegment(series, number).finally(() => this.starting.delete(key));
            this.starting.set(key, pending);
        }
        return pending;
    }
    /** Where to upload a segment's records (the release's `upload_url`, read once). */
    async uploadTarget(segment) {
        let uploadUrl = this.uploadUrls.get(segment.releaseId);
        if (uploadUrl === undefined) {
            try {
                const { data } = await this.context.client.rest.repos.getRelease({
                    ...this.context.repository,
                    release_id: segment.releaseId
                });
                uploadUrl = data.upload_url;
            }
            catch (error) {
                if ((0,github_store_errors/* isNotFound */.c4)(error))
                    throw missingSegment(segment, this.context.location);
                throw (0,github_store_errors/* explainAccessError */.Qz)(error, `read segment ${segment.number} of ${segment.series}`);
            }
            this.uploadUrls.set(segment.releaseId, uploadUrl);
        }
        return { id: segment.releaseId, uploadUrl };
    }
    async claimSegment(series, number) {
        const existing = (await this.list(series)).find((segment) => segment.number === number);
        if (existing !== undefined)
            return existing;
        const tag = (0,github_store_layout/* segmentTag */.Yq)(series, number);
        let release;
        try {
            release = (await this.context.client.rest.repos.createRelease({
                ...this.context.repository,
                tag_name: tag,
                name: `Tollgate records: ${series} (segment ${number})`,
                body: `Records of the Tollgate series \`${series}\`, one asset per record; each asset's ` +
                    'label is the SHA-256 recorded when it was written. Written by Tollgate; do not edit, ' +
                    'publish or delete.',
                draft: true,
                make_latest: 'false'
            })).data;
        }
        catch (error) {
            throw (0,github_store_errors/* explainAccessError */.Qz)(error, `start segment ${number} of record series ${series}`);
        }
        this.uploadUrls.set(release.id, release.upload_url);
        const message = formatSegmentMessage({ series, segment: number, releaseId: release.id });
        const claim = await this.claims.claimTag(tag, message, await this.context.defaultCommit());
        if (claim.outcome === 'created')
            return { series, number, releaseId: release.id };
        // Another writer started this segment first: use theirs; our draft never held anything.
        try {
            await this.context.client.rest.repos.deleteRelease({
                ...this.context.repository,
                release_id: release.id
            });
        }
        catch (error) {
            if (!(0,github_store_errors/* isNotFound */.c4)(error))
                throw error;
        }
        this.uploadUrls.delete(release.id);
        return this.segmentOf(series, number, claim.target);
    }
    async segmentOf(series, number, target) {
        const releaseId = target.type === 'tag'
            ? releaseIdOfSegmentMessage((await this.claims.tagObject(target.sha)).message, series, number)
            : undefined;
        if (releaseId === undefined) {
            throw new errors/* IntegrityError */.cs(`Tag ${target.tag} in ${this.context.location} should name the release of segment ` +
                `${number} of record series ${JSON.stringify(series)}, but its message is not a ` +
                'segment claim; the series cannot be read until the tag is restored.');
        }
        return { series, number, releaseId };
    }
}
/**
 * The error for a segment whose draft release GitHub does not show: deleted (its records are
 * gone), or hidden from a token without push access (drafts are visible only with it).
 */
function missingSegment(segment, location) {
    return new errors/* IntegrityError */.cs(`Segment ${segment.number} of record series ${JSON.stringify(segment.series)} in ${location} ` +
        `cannot be read: GitHub does not show its draft release ${segment.releaseId}. Either it was ` +
        'deleted, and its records are lost, or the token cannot see draft releases (that needs ' +
        'push access, which a fork pull request does not get).');
}

;// CONCATENATED MODULE: ./shared/adapters/github-store-records.ts










/** Rounds of scan → write before giving up on a key other writers keep changing. */
const MAX_APPEND_ROUNDS = 6;
/** Segments an append may move forward through when GitHub reports one full. */
const MAX_SEGMENT_HOPS = 4;
/**
 * Append-only record series as release assets (DESIGN.md §3). A record is the asset named by its
 * key in one segment of the series (see RecordSegments), labelled with the SHA-256 the writer
 * recorded; GitHub's asset-name uniqueness makes "create if absent" atomic, and its `created_at`
 * is the record's store time. New records always go into the newest segment; when it is full the
 * writer starts (or joins) the next one, having made sure the key is in no earlier segment, so a
 * key exists at most once in a series.
 *
 * Listing reads asset metadata only (one request per 100 records); a full segment never changes,
 * so its listing is read once per store.
 */
class GitHubRecords {
    context;
    segments;
    fullSegments = new Map();
    constructor(context, segments) {
        this.context = context;
        this.segments = segments;
    }
    async appendRecord(series, key, bytes) {
        (0,store_names/* assertSeriesName */.Fs)(series);
        (0,store_names/* assertRecordKey */.H7)(key);
        (0,store_names/* assertStorableSize */.uw)(bytes.byteLength, `Record ${JSON.stringify(key)}`);
        const digest = (0,content_digest/* digestOf */.ol)(bytes);
        for (let round = 0; round < MAX_APPEND_ROUNDS; round++) {
            const scan = await this.scan(series);
            const found = scan.entries.find((entry) => entry.asset.name === key);
            if (found !== undefined) {
                const settled = await this.settleExisting(series, key, found, digest);
                if (settled !== 'removed')
                    return settled;
                continue;
            }
            if ((await this.uploadToNewest(series, scan, key, bytes, digest)) === 'created') {
                return 'created';
            }
        }
        throw new Error(`Could not append record ${JSON.stringify(key)} to series ${JSON.stringify(series)} in ` +
            `${this.context.location} after ${MAX_APPEND_ROUNDS} attempts: other writers kept changing it.`);
    }
    async listRecords(series) {
        (0,store_names/* assertSeriesName */.Fs)(series);
        const scan = await this.scan(series);
        const records = [];
        const damaged = [];
        const segmentOfKey = new Map();
        for (const { segment, asset } of scan.entries) {
            const key = asset.name;
            if (!isRecordKey(key)) {
                damaged.push({ key, problem: 'its asset name is not a valid record key.' });
                continue;
            }
            const earlier = segmentOfKey.get(key);
            if (earlier !== undefined) {
                damaged.push({
                    key,
                    problem: `segment ${segment.number} holds a second entry under this key (the first is in segment ${earlier}).`
                });
                continue;
            }
            segmentOfKey.set(key, segment.number);
            const inspected = recordOfAsset(asset);
            if ('problem' in inspected)
                damaged.push({ key, problem: inspected.problem });
            else
                records.push(inspected.record);
        }
        records.sort(record_order/* compareRecords */.a);
        damaged.sort((a, b) => (0,store_names/* compareCodeUnits */.UF)(a.key, b.key));
        return { records, damaged };
    }
    async readRecord(series, key) {
        (0,store_names/* assertSeriesName */.Fs)(series);
        (0,store_names/* assertRecordKey */.H7)(key);
        for (const segment of await this.segments.list(series)) {
            const asset = (await this.listing(segment)).assets.find((item) => item.name === key);
            if (asset !== undefined)
                return this.readVerified(series, key, asset);
        }
        return undefined;
    }
    // ---- internals -------------------------------------------------------------------------------
    /** Every asset of every segment of the series, oldest segment first. */
    async scan(series) {
        const segments = await this.segments.list(series);
        const entries = [];
        const counts = new Map();
        for (const segment of segments) {
            const listing = await this.listing(segment);
            counts.set(segment.releaseId, listing.assets.length);
            for (const asset of listing.assets) {
                entries.push({ segment, asset, serverNow: listing.serverNow });
            }
        }
        return { segments, entries, counts };
    }
    async listing(segment, fresh = false) {
        const known = fresh ? undefined : this.fullSegments.get(segment.releaseId);
        if (known !== undefined)
            return known;
        let listing;
        try {
            listing = await listReleaseAssets(this.context, segment.releaseId);
        }
        catch (error) {
            if ((0,github_store_errors/* isNotFound */.c4)(error))
                throw missingSegment(segment, this.context.location);
            throw (0,github_store_errors/* explainAccessError */.Qz)(error, `list the records of series ${segment.series}`);
        }
        if (listing.assets.length >= this.context.settings.segmentCapacity) {
            this.fullSegments.set(segment.releaseId, listing);
        }
        return listing;
    }
    /**
     * Uploads the record into the newest segment, moving to the next when it is full: by count,
     * or because GitHub refused the upload without naming the key (its 1000-asset cap). 'retry'
     * when the key turned up meanwhile (the caller settles it).
     */
    async uploadToNewest(series, scan, key, bytes, digest) {
        let segment = scan.segments.at(-1);
        // Whether `segment` is known to be full; every later hop follows a refusal, so it stays true.
        let full = segment !== undefined &&
            (scan.counts.get(segment.releaseId) ?? 0) >= this.context.settings.segmentCapacity;
        for (let hop = 0; hop < MAX_SEGMENT_HOPS; hop++) {
            if (segment === undefined || full) {
                segment = await this.segments.start(series, (segment?.number ?? 0) + 1);
            }
            const target = await this.segments.uploadTarget(segment);
            try {
                await uploadReleaseAsset(this.context, target, key, bytes, {
                    label: (0,github_store_layout/* recordAssetLabel */.AQ)(digest.sha256)
                });
                return 'created';
            }
            catch (error) {
                if ((0,github_store_errors/* isAlreadyExists */.x9)(error))
                    return 'retry';
                if ((0,github_store_errors/* isNotFound */.c4)(error))
                    throw missingSegment(segment, this.context.location);
                if ((0,github_store_errors/* statusOf */.c2)(error) !== 422) {
                    throw (0,github_store_errors/* explainAccessError */.Qz)(error, `append record ${key} to series ${series}`);
                }
                // Refused without naming the key: the segment is full. Once full it takes no new
                // record, so checking it for the key now settles whether the key is anywhere before
                // the next segment.
                const listing = await this.listing(segment, true);
                if (listing.assets.some((asset) => asset.name === key))
                    return 'retry';
                if (listing.assets.length === 0)
                    throw error;
                this.fullSegments.set(segment.releaseId, listing);
                full = true;
            }
        }
        throw new Error(`Could not find room for record ${JSON.stringify(key)} in series ${JSON.stringify(series)} ` +
            `of ${this.context.location}: GitHub refused uploads to ${MAX_SEGMENT_HOPS} segments.`);
    }
    /**
     * The key is taken: identical bytes are an idempotent re-run ('exists'), other bytes a
     * ConflictError, a damaged record an IntegrityError. An upload that never finished is not a
     * record; once it is old enough to be abandoned it is deleted ('removed') and the caller
     * appends afresh. A younger one may still be written by a live writer, so it is reported.
     */
    async settleExisting(series, key, found, digest) {
        const what = recordDescription(series, key, this.context.location);
        if (found.asset.state === UPLOADED) {
            const stored = await this.readVerified(series, key, found.asset);
            if (stored.byteLength === digest.size && (0,content_digest/* sha256Hex */.fg)(stored) === digest.sha256)
                return 'exists';
            throw new store_errors/* ConflictError */.f(`${what} already exists with other content (sha256 ${(0,content_digest/* sha256Hex */.fg)(stored)}, ` +
                `${stored.byteLength} bytes; this write has ${digest.sha256}, ${digest.size} bytes). ` +
                'Records are immutable: a re-run must write identical bytes, anything else needs a new key.');
        }
        const after = this.context.settings.abandonedUploadAfterMs;
        if (!isAbandonedUpload(found.asset, found.serverNow, after)) {
            const retryAt = new Date(Date.parse(found.asset.updatedAt) + after).toISOString();
            throw new errors/* IntegrityError */.cs(`${what} is damaged: an upload of it (started ${found.asset.createdAt}) has not finished. ` +
                'If no other run is writing this key, append it again after ' +
                `${retryAt}; the unfinished upload is then replaced.`);
        }
        // Check again just before deleting: an upload that completed meanwhile is a record.
        const current = await getReleaseAsset(this.context, found.asset.id);
        if (current !== undefined && current.state !== UPLOADED) {
            await deleteReleaseAsset(this.context, found.asset.id);
        }
        this.fullSegments.delete(found.segment.releaseId);
        return 'removed';
    }
    /** A record's bytes, verified against the SHA-256 its label recorded (via the cache). */
    async readVerified(series, key, asset) {
        const what = recordDescription(series, key, this.context.location);
        const inspected = recordOfAsset(asset);
        if ('problem' in inspected)
            throw new errors/* IntegrityError */.cs(`${what} is damaged: ${inspected.problem}`);
        const { size, sha256 } = inspected.record;
        return this.context.cache.readThrough({ size, sha256 }, what, async () => {
            try {
                return await downloadReleaseAsset(this.context, asset.id);
            }
            catch (error) {
                if ((0,github_store_errors/* isNotFound */.c4)(error))
                    throw new errors/* IntegrityError */.cs(`${what} vanished while being read.`);
                throw error;
            }
        });
    }
}
function recordDescription(series, key, location) {
    return `Record ${JSON.stringify(key)} of series ${JSON.stringify(series)} in ${location}`;
}
function isRecordKey(key) {
    try {
        (0,store_names/* assertRecordKey */.H7)(key);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./shared/store/github-tag-snapshot.ts

const TAG_SNAPSHOT_SCHEMA = 'tollgate.tag-objects/1';
/** The snapshot's bytes: canonical JSON, tags sorted by sha, so equal sets give equal bytes. */
function serializeTagSnapshot(tags) {
    const sorted = [...tags].sort((a, b) => (a.sha < b.sha ? -1 : a.sha > b.sha ? 1 : 0));
    return (0,canonical_json/* canonicalJsonBytes */.qJ)({ schema: TAG_SNAPSHOT_SCHEMA, tags: sorted }, 'tag snapshot');
}
/** The tags of a snapshot, or undefined when the bytes are not one (damaged or another format). */
function parseTagSnapshot(bytes) {
    const parsed = (0,canonical_json/* parseJsonBytes */.dQ)(bytes);
    if (!parsed.ok || !(0,canonical_json/* isJsonObject */.OW)(parsed.value))
        return undefined;
    const { schema, tags } = parsed.value;
    if (schema !== TAG_SNAPSHOT_SCHEMA || !Array.isArray(tags))
        return undefined;
    const result = [];
    for (const tag of tags) {
        if (!(0,canonical_json/* isJsonObject */.OW)(tag))
            return undefined;
        const { sha, message, date, objectSha, objectType } = tag;
        if (typeof sha !== 'string' ||
            !/^[0-9a-f]{40,64}$/.test(sha) ||
            typeof message !== 'string' ||
            typeof date !== 'string' ||
            typeof objectSha !== 'string' ||
            typeof objectType !== 'string') {
            return undefined;
        }
        result.push({ sha, message, date, objectSha, objectType });
    }
    return result;
}

;// CONCATENATED MODULE: ./shared/adapters/github-store-refs.ts








/** Cache keys of tag-object snapshots start with this; the rest is the snapshot's SHA-256. */
const TAG_SNAPSHOT_CACHE_PREFIX = 'tollgate-tag-objects-';
/**
 * Below this many tag objects to read, reading them is cheaper than a cache round trip; from
 * this many new ones read, a run leaves a snapshot for the next.
 */
const SNAPSHOT_THRESHOLD = 5;
/**
 * Claims as annotated git tags (DESIGN.md §3): `POST /git/tags` writes the tag object (message:
 * the metadata), then `POST /git/refs` creates `refs/tags/<name>`, which GitHub refuses with 422
 * "Reference already exists" when any writer got there first: compare-and-swap. A writer that
 * dies between the two calls leaves only an unreferenced tag object, which nobody sees.
 *
 * Tag objects are immutable and named by their sha, so each is read at most once per store, and
 * inside Actions a snapshot of those read is kept in the Actions cache for the next run: listing
 * N refs costs one request plus one per tag object that no earlier run has read (without the
 * snapshot, N + 1 per run, which a GITHUB_TOKEN's 1000 requests per hour would soon feel).
 * The snapshot is trusted like the cache it lives in, which only the repository's own workflows
 * can write (a pull request's caches are scoped to its merge ref).
 */
class GitHubClaims {
    context;
    tagObjects = new Map();
    commitDates = new Map();
    snapshotRestore;
    readSinceSnapshot = 0;
    constructor(context) {
        this.context = context;
    }
    async createRef(name, claim) {
        (0,store_names/* assertRefName */.rY)(name);
        const message = formatClaimMessage(claim.metadata, name);
        const commit = claim.commit ?? (await this.context.defaultCommit());
        const result = await this.claimTag(name, message, commit);
        if (result.outcome === 'created')
            return { outcome: 'created', ref: refOfTag(name, result.tag) };
        const ref = await this.storedRef(result.target);
        return { outcome: 'exists', ref };
    }
    async readRef(name) {
        (0,store_names/* assertRefName */.rY)(name);
        const target = await this.readTagTarget(name);
        return target === undefined ? undefined : this.storedRef(target);
    }
    async listRefs(prefix) {
        (0,store_names/* assertRefPrefix */.Q5)(prefix);
        const targets = (await this.matchingTags(prefix)).filter((target) => isRefName(target.tag));
        await this.restoreSnapshotIfWorthIt(targets);
        const refs = await mapWithLimit(targets, this.context.settings.readConcurrency, (target) => this.storedRef(target));
        await this.saveSnapshotIfWorthIt();
        return refs.sort((a, b) => (0,store_names/* compareCodeUnits */.UF)(a.name, b.name));
    }
    /**
     * Creates the annotated tag `tag` with `message` on `commit` unless the tag exists. A retried
     * request whose first attempt did create the ref finds its own tag object there and still
     * counts as 'created'.
     */
    async claimTag(tag, message, commit) {
        const created = await this.createTagObject(tag, message, commit);
        try {
            await this.context.client.rest.git.createRef({
                ...this.context.repository,
                ref: `${github_store_layout/* TAG_REF_PREFIX */.K1}${tag}`,
                sha: created.sha
            });
            return { outcome: 'created', tag: created };
        }
        catch (error) {
            if (!(0,github_store_errors/* isReferenceExists */.Yo)(error))
                throw (0,github_store_errors/* explainAccessError */.Qz)(error, `create tag ${tag}`);
        }
        const target = await this.readTagTarget(tag);
        if (target === undefined) {
            throw new errors/* IntegrityError */.cs(`GitHub reported tag ${JSON.stringify(tag)} as existing in ${this.context.location}, ` +
                'but it cannot be read; was it deleted just now?');
        }
        if (target.sha === created.sha)
            return { outcome: 'created', tag: created };
        return { outcome: 'exists', target };
    }
    /** Where `refs/tags/<tag>` points, or undefined when there is no such tag. */
    async readTagTarget(tag) {
        try {
            const { data } = await this.context.client.rest.git.getRef({
                ...this.context.repository,
                ref: `tags/${tag}`
            });
            return { tag, sha: data.object.sha, type: data.object.type };
        }
        catch (error) {
            if ((0,github_store_errors/* isNotFound */.c4)(error))
                return undefined;
            throw (0,github_store_errors/* explainAccessError */.Qz)(error, `read tag ${tag}`);
        }
    }
    /** Every tag whose name starts with `prefix`, in one request (this endpoint is not paged). */
    async matchingTags(prefix) {
        try {
            const { data } = await this.context.client.rest.git.listMatchingRefs({
                ...this.context.repository,
                ref: `tags/${prefix}`
            });
            const targets = [];
            for (const ref of data) {
                const tag = (0,github_store_layout/* tagNameOfRef */.Od)(ref.ref);
                if (tag === undefined || !tag.startsWith(prefix))
                    continue;
                targets.push({ tag, sha: ref.object.sha, type: ref.object.type });
            }
            return targets;
        }
        catch (error) {
            throw (0,github_store_errors/* explainAccessError */.Qz)(error, `list tags of ${this.context.owner}/${this.context.repo}`);
        }
    }
    /** An annotated tag object, read once per store (objects never change). */
    tagObject(sha) {
        let pending = this.tagObjects.get(sha);
        if (pending === undefined) {
            pending = this.fetchTagObject(sha);
            void pending.catch(() => this.tagObjects.delete(sha));
            this.tagObjects.set(sha, pending);
        }
        return pending;
    }
    async fetchTagObject(sha) {
        this.readSinceSnapshot += 1;
        const { data } = await this.context.client.rest.git.getTag({
            ...this.context.repository,
            tag_sha: sha
        });
        return {
            sha: data.sha,
            message: data.message,
            date: data.tagger.date,
            objectSha: data.object.sha,
            objectType: data.object.type
        };
    }
    /** Loads the last run's snapshot once, when enough tag objects would otherwise be read. */
    async restoreSnapshotIfWorthIt(targets) {
        const unread = targets.filter((t) => t.type === 'tag' && !this.tagObjects.has(t.sha)).length;
        if (unread < SNAPSHOT_THRESHOLD)
            return;
        this.snapshotRestore ??= this.context.cache
            .restoreSnapshot(TAG_SNAPSHOT_CACHE_PREFIX, 'snapshot of tag objects')
            .then((bytes) => {
            for (const tag of bytes === undefined ? [] : (parseTagSnapshot(bytes) ?? [])) {
                if (!this.tagObjects.has(tag.sha))
                    this.tagObjects.set(tag.sha, Promise.resolve(tag));
            }
        });
        await this.snapshotRestore;
    }
    /** Leaves a snapshot of every tag object read for the next run, when enough were new. */
    async saveSnapshotIfWorthIt() {
        if (this.readSinceSnapshot < SNAPSHOT_THRESHOLD)
            return;
        this.readSinceSnapshot = 0;
        const settled = await Promise.allSettled(this.tagObjects.values());
        const tags = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
        await this.context.cache.saveSnapshot(TAG_SNAPSHOT_CACHE_PREFIX, serializeTagSnapshot(tags), 'snapshot of tag objects');
    }
    async createTagObject(tag, message, commit) {
        try {
            // No tagger: GitHub records the token's identity and its own clock, so createdAt is
            // store time, not a value a caller could choose.
            const { data } = await this.context.client.rest.git.createTag({
                ...this.context.repository,
                tag,
                message,
                object: commit,
                type: 'commit'
            });
            const object = {
                sha: data.sha,
                message: data.message,
                date: data.tagger.date,
                objectSha: data.object.sha,
                objectType: data.object.type
            };
            this.tagObjects.set(object.sha, Promise.resolve(object));
            return object;
        }
        catch (error) {
            if ((0,github_store_errors/* statusOf */.c2)(error) === 422 && /object does not exist/i.test((0,github_store_errors/* apiMessageOf */.rU)(error))) {
                throw new errors/* UsageError */.eb(`Cannot tag ${JSON.stringify(tag)} at commit ${commit}: ${this.context.location} has ` +
                    'no such commit. Push it first, or name a commit the repository has.');
            }
            throw (0,github_store_errors/* explainAccessError */.Qz)(error, `create tag ${tag}`);
        }
    }
    /** The StoredRef a tag holds: an annotated tag's message and date, or a lightweight tag's commit. */
    async storedRef(target) {
        if (target.type === 'tag')
            return refOfTag(target.tag, await this.tagObject(target.sha));
        if (target.type === 'commit') {
            // A lightweight tag that Tollgate did not write (e.g. `git tag churn@v1.0.0`): no
            // metadata; its time is the commit's.
            return {
                name: target.tag,
                metadata: {},
                commit: target.sha,
                createdAt: await this.commitDate(target.sha)
            };
        }
        throw new errors/* IntegrityError */.cs(`Tag ${JSON.stringify(target.tag)} in ${this.context.location} points at a ${target.type}, ` +
            'not at a commit or a tag object; it is not a claim the store can read.');
    }
    commitDate(sha) {
        let pending = this.commitDates.get(sha);
        if (pending === undefined) {
            pending = this.context.client.rest.git
                .getCommit({ ...this.context.repository, commit_sha: sha })
                .then(({ data }) => isoTime(data.committer.date ?? '') ?? new Date(0).toISOString());
            void pending.catch(() => this.commitDates.delete(sha));
            this.commitDates.set(sha, pending);
        }
        return pending;
    }
}
/** A claim as the store reports it, from its annotated tag. */
function refOfTag(name, tag) {
    const metadata = parseClaimMessage(tag.message);
    const createdAt = isoTime(tag.date);
    if (createdAt === undefined) {
        throw new errors/* IntegrityError */.cs(`Tag ${JSON.stringify(name)} has no valid tagger date (${tag.date}).`);
    }
    return {
        name,
        metadata,
        ...(tag.objectType === 'commit' ? { commit: tag.objectSha } : {}),
        createdAt
    };
}
/** Tags that are names a caller could have claimed (the store's own `_tollgate/` tags are not). */
function isRefName(tag) {
    try {
        (0,store_names/* assertRefName */.rY)(tag);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./shared/adapters/github-store.ts








/**
 * The Store on a GitHub repository (DESIGN.md §3), through the REST API only, so it works with
 * the workflow's GITHUB_TOKEN (`contents: write`) and on GitHub Enterprise Server:
 * - refs are annotated tags (`refs/tags/<name>`, message: the metadata), claimed atomically;
 * - bundles are releases of `_tollgate/bundles/<name>`, drafts until every file is uploaded;
 * - record series are draft "segment" releases of `_tollgate/records/<series>@<n>`, one asset per
 *   record, rolling over before GitHub's 1000-asset cap.
 * See github-store-layout.ts for the names and the modules below for each guarantee.
 */
class GitHubStore {
    location;
    claims;
    bundles;
    records;
    constructor(options) {
        const context = new GitHubStoreContext(options.client, options.owner, options.repo, options.commit, options.cache, { ...DEFAULT_GITHUB_STORE_SETTINGS, ...options.settings }, enterpriseHost(options.apiUrl));
        this.location = context.location;
        this.claims = new GitHubClaims(context);
        this.bundles = new GitHubBundles(context, this.claims);
        this.records = new GitHubRecords(context, new RecordSegments(context, this.claims));
    }
    createRef(name, claim) {
        return this.claims.createRef(name, claim);
    }
    readRef(name) {
        return this.claims.readRef(name);
    }
    listRefs(prefix) {
        return this.claims.listRefs(prefix);
    }
    publishBundle(name, files) {
        return this.bundles.publishBundle(name, files);
    }
    readBundleManifest(name) {
        return this.bundles.readBundleManifest(name);
    }
    readBundleFile(name, fileName) {
        return this.bundles.readBundleFile(name, fileName);
    }
    listBundles(prefix) {
        return this.bundles.listBundles(prefix);
    }
    appendRecord(series, key, bytes) {
        return this.records.appendRecord(series, key, bytes);
    }
    listRecords(series) {
        return this.records.listRecords(series);
    }
    readRecord(series, key) {
        return this.records.readRecord(series, key);
    }
}
/**
 * The store of the workflow's repository: GITHUB_REPOSITORY names it, GITHUB_API_URL is the API
 * (GitHub Enterprise Server works), GITHUB_SHA the commit new tags point at (the default branch's
 * head when unset). Inside Actions, downloads go through the Actions cache.
 */
async function openGitHubStore(token) {
    const { owner, repo } = (0,github_client.currentRepository)();
    const commit = process.env.GITHUB_SHA?.trim() || undefined;
    if (commit !== undefined && !/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(commit)) {
        throw new errors/* UsageError */.eb(`GITHUB_SHA is ${JSON.stringify(commit)}, which is not a commit sha.`);
    }
    return new GitHubStore({
        client: (0,github_client.createGitHubClient)(token),
        owner,
        repo,
        ...(commit === undefined ? {} : { commit }),
        cache: openStoreCache(),
        ...(process.env.GITHUB_API_URL === undefined ? {} : { apiUrl: process.env.GITHUB_API_URL })
    });
}
/** The host of a non-github.com API, to say which server a store is on. */
function enterpriseHost(apiUrl) {
    if (apiUrl === undefined || apiUrl === '')
        return undefined;
    try {
        const host = new URL(apiUrl).host;
        return host === 'api.github.com' ? undefined : host;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./shared/adapters/open-store.ts




/** The value of a `store` input/option that means "the repository on GitHub". */
const GITHUB_STORE = 'github';
/**
 * Opens the store a command or action should use. `store` is `github` (the repository's refs and
 * Releases, through GITHUB_API_URL with `token`) or a directory path. When it is not given, actions
 * default to GitHub and the CLI to `.tollgate/` in the working directory (DESIGN.md §1, §3).
 */
async function openStore(options) {
    const cwd = options.cwd ?? process.cwd();
    const chosen = options.store === undefined || options.store.trim() === ''
        ? options.defaultStore === 'github'
            ? GITHUB_STORE
            : local_store/* DEFAULT_LOCAL_STORE_DIRECTORY */.k
        : options.store.trim();
    if (chosen === GITHUB_STORE) {
        if (options.token === undefined || options.token === '') {
            throw new errors/* UsageError */.eb('The GitHub store needs a token (input `token`; the default GITHUB_TOKEN works with `contents: write`).');
        }
        return openGitHubStore(options.token);
    }
    return new local_store/* LocalStore */.V((0,external_node_path_.isAbsolute)(chosen) ? chosen : (0,external_node_path_.join)(cwd, chosen));
}


/***/ }),

/***/ 63344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ recordAssetLabel),
/* harmony export */   K1: () => (/* binding */ TAG_REF_PREFIX),
/* harmony export */   Od: () => (/* binding */ tagNameOfRef),
/* harmony export */   Wh: () => (/* binding */ bundleReleaseTag),
/* harmony export */   Yq: () => (/* binding */ segmentTag),
/* harmony export */   eF: () => (/* binding */ segmentTagPrefix),
/* harmony export */   et: () => (/* binding */ bundleReleaseTagPrefix),
/* harmony export */   f3: () => (/* binding */ sha256OfAssetDigest),
/* harmony export */   oU: () => (/* binding */ segmentNumberOfTag),
/* harmony export */   pm: () => (/* binding */ bundleNameOfTag),
/* harmony export */   yS: () => (/* binding */ sha256OfRecordLabel)
/* harmony export */ });
/* unused harmony export STORE_TAG_NAMESPACE */
/* harmony import */ var _content_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73734);

/**
 * How the GitHub store maps Store names onto a repository's git tags, releases and release assets
 * (DESIGN.md §3). Pure naming, shared by the store and by tests that inspect a repository:
 *
 * | Store item                 | GitHub object                                                   |
 * |----------------------------|-----------------------------------------------------------------|
 * | ref `churn@v0.0.1`         | annotated tag `refs/tags/churn@v0.0.1` (message: the metadata)  |
 * | bundle `churn@v0.0.1`      | release of tag `_tollgate/bundles/churn@v0.0.1`, one asset per  |
 * |                            | file plus `manifest.json`; a draft until complete, then public  |
 * | series `spc-history.x`     | draft releases of tags `_tollgate/records/spc-history.x@1`,     |
 * |                            | `@2`, ... (segments), each claimed by an annotated tag          |
 * | record key `run-7-1`       | asset `run-7-1` of one segment, label `sha256:<hex>`            |
 *
 * Callers' names start with a letter or digit (store-names.ts), so the `_tollgate/` tags can never
 * collide with them; refs listings skip them. The series name ends its tag component with
 * `@<n>`, which keeps a name such as `x.lock` a valid git ref and makes `<series>@` a prefix no
 * other series shares (series names cannot contain `@`).
 */
/** Where git tags live; GitHub's ref APIs take names below it. */
const TAG_REF_PREFIX = 'refs/tags/';
/** Every tag the store creates for its own bookkeeping starts with this. */
const STORE_TAG_NAMESPACE = '_tollgate/';
const BUNDLE_TAG_PREFIX = `${STORE_TAG_NAMESPACE}bundles/`;
const SEGMENT_TAG_PREFIX = `${STORE_TAG_NAMESPACE}records/`;
const RECORD_LABEL_PREFIX = 'sha256:';
/** The tag of the release that holds bundle `bundle`. */
function bundleReleaseTag(bundle) {
    return `${BUNDLE_TAG_PREFIX}${bundle}`;
}
/** The tag prefix under which bundles whose name starts with `prefix` are published. */
function bundleReleaseTagPrefix(prefix) {
    return `${BUNDLE_TAG_PREFIX}${prefix}`;
}
/** The bundle a release tag belongs to, or undefined for any other tag. */
function bundleNameOfTag(tag) {
    return tag.startsWith(BUNDLE_TAG_PREFIX) ? tag.slice(BUNDLE_TAG_PREFIX.length) : undefined;
}
/** Every segment tag of `series` starts with this. */
function segmentTagPrefix(series) {
    return `${SEGMENT_TAG_PREFIX}${series}@`;
}
/** The tag of segment `segment` (1, 2, ...) of a record series. */
function segmentTag(series, segment) {
    return `${segmentTagPrefix(series)}${segment}`;
}
/** The segment number a tag names for `series`, or undefined when it is not one of its tags. */
function segmentNumberOfTag(series, tag) {
    const prefix = segmentTagPrefix(series);
    if (!tag.startsWith(prefix))
        return undefined;
    const digits = tag.slice(prefix.length);
    if (!/^[1-9][0-9]{0,8}$/.test(digits))
        return undefined;
    return Number(digits);
}
/** `refs/tags/x` → `x`; undefined for refs outside `refs/tags/`. */
function tagNameOfRef(ref) {
    return ref.startsWith(TAG_REF_PREFIX) ? ref.slice(TAG_REF_PREFIX.length) : undefined;
}
/**
 * The label a record asset carries: the SHA-256 the writer computed before uploading. GitHub
 * also records a `digest` of what it received, but not every GitHub Enterprise Server version
 * does, and the label is the store's own record of what was meant to be stored.
 */
function recordAssetLabel(sha256) {
    return `${RECORD_LABEL_PREFIX}${sha256}`;
}
/** The SHA-256 recorded in a record asset's label, or undefined when the label is not one. */
function sha256OfRecordLabel(label) {
    if (typeof label !== 'string' || !label.startsWith(RECORD_LABEL_PREFIX))
        return undefined;
    const hex = label.slice(RECORD_LABEL_PREFIX.length);
    return (0,_content_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .isSha256Hex */ .P4)(hex) ? hex : undefined;
}
/** The lower-case hex of GitHub's asset `digest` (`sha256:<hex>`), when it has one. */
function sha256OfAssetDigest(digest) {
    return sha256OfRecordLabel(digest);
}


/***/ })

};
