export const id = 4294;
export const ids = [4294];
export const modules = {

/***/ 96575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ DEFAULT_LOCAL_STORE_DIRECTORY),
  V: () => (/* binding */ LocalStore)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/store/bundle-manifest.ts
var bundle_manifest = __webpack_require__(95854);
// EXTERNAL MODULE: ./shared/store/canonical-json.ts
var canonical_json = __webpack_require__(92113);
// EXTERNAL MODULE: ./shared/store/content-digest.ts
var content_digest = __webpack_require__(73734);
// EXTERNAL MODULE: ./shared/store/record-order.ts
var record_order = __webpack_require__(9050);
// EXTERNAL MODULE: ./shared/store/store-errors.ts
var store_errors = __webpack_require__(74309);
// EXTERNAL MODULE: ./shared/store/store-names.ts
var store_names = __webpack_require__(33780);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./shared/adapters/atomic-file.ts



/**
 * File-system primitives for writes that are all-or-nothing and exclusive, the local
 * counterparts of GitHub's create-if-absent APIs (GITHUB-TESTING.md §5.3). The pattern is always:
 * write the complete content under a private temporary name, fsync it, then make it visible in
 * one atomic step (link or rename), and fsync the directory so the new name survives a crash.
 */
/**
 * Writes the chunks, in order, to a new file and forces them to disk. Fails if the file exists
 * ('wx'), so a temporary name can never be shared by two writers.
 */
async function writeDurableFile(path, chunks) {
    const handle = await (0,promises_.open)(path, 'wx');
    try {
        for (const chunk of chunks instanceof Uint8Array ? [chunks] : chunks) {
            let offset = 0;
            while (offset < chunk.byteLength) {
                const { bytesWritten } = await handle.write(chunk, offset, chunk.byteLength - offset);
                offset += bytesWritten;
            }
        }
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}
/**
 * Makes directory entries (a new link or rename) durable. Some platforms (Windows) cannot open a
 * directory for syncing; there the rename itself is what the OS guarantees, so that is skipped.
 */
async function syncDirectory(directory) {
    let handle;
    try {
        handle = await (0,promises_.open)(directory, 'r');
    }
    catch (error) {
        if (isErrno(error, 'EISDIR') || isErrno(error, 'EPERM') || isErrno(error, 'EACCES'))
            return;
        throw error;
    }
    try {
        await handle.sync();
    }
    catch (error) {
        if (!isErrno(error, 'EINVAL') && !isErrno(error, 'EBADF'))
            throw error;
    }
    finally {
        await handle.close();
    }
}
/**
 * Gives a complete, synced file a second name, exclusively: `link(2)` fails with EEXIST when the
 * name is taken, and the file appears under it with all its bytes at once. Of any number of
 * processes linking to one name, exactly one gets 'created'.
 */
async function linkExclusive(existingPath, newPath) {
    try {
        await (0,promises_.link)(existingPath, newPath);
        return 'created';
    }
    catch (error) {
        if (isErrno(error, 'EEXIST'))
            return 'exists';
        if (isErrno(error, 'EPERM') || isErrno(error, 'ENOTSUP') || isErrno(error, 'EXDEV')) {
            throw new Error(`Cannot create ${newPath}: the file system does not support hard links, which the local ` +
                'store needs for exclusive, crash-safe writes. Put the store on a local disk.', { cause: error });
        }
        throw error;
    }
}
/**
 * Moves a fully written directory to its final name, exclusively: `rename(2)` refuses to replace
 * a non-empty directory (ENOTEMPTY / EEXIST; EPERM on Windows), so a published directory is never
 * overwritten and readers see either nothing or everything.
 */
async function renameDirectoryExclusive(from, to) {
    try {
        await (0,promises_.rename)(from, to);
        return 'created';
    }
    catch (error) {
        if (isErrno(error, 'ENOTEMPTY') || isErrno(error, 'EEXIST') || isErrno(error, 'EPERM')) {
            return 'exists';
        }
        throw error;
    }
}
/** A fresh private name in `directory` for a temporary file or directory. */
function temporaryName(directory, purpose) {
    return (0,external_node_path_.join)(directory, `${purpose}-${process.pid}-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`);
}
/** Creates a directory and its parents when missing. */
async function ensureDirectory(directory) {
    await (0,promises_.mkdir)(directory, { recursive: true });
}
/** Removes a temporary file or directory of our own; missing is fine. */
async function removeTemporary(path) {
    await (0,promises_.rm)(path, { recursive: true, force: true });
}
/** True when `error` is a Node system error with the given code. */
function isErrno(error, code) {
    return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}

;// CONCATENATED MODULE: ./shared/adapters/local-store.ts










/** The store directory the CLI and the demo use when `--store` is not given. */
const DEFAULT_LOCAL_STORE_DIRECTORY = '.tollgate';
const REF_SUFFIX = '.json';
const RECORD_SUFFIX = '.record';
/** A record file starts with one line of JSON metadata; it is far shorter than this. */
const RECORD_HEADER_LIMIT = 1024;
const NEWLINE = 0x0a;
/**
 * The Store as a directory (DESIGN.md §3), for the CLI, the demo and self-hosted runners:
 *
 * ```
 * <root>/refs/<name>.json              claims, created by link(2): exclusive and all-or-nothing
 * <root>/bundles/<name>/…              published bundles, moved into place by one rename(2)
 * <root>/records/<series>/<key>.record one JSON header line, then the record's bytes (link(2))
 * <root>/staging/                      private temporary files and directories of writers
 * ```
 *
 * Every write goes to `staging/` first, is fsynced, and then appears under its final name in one
 * atomic, exclusive step, so two processes never both win a name and a crash at any point leaves
 * either nothing visible or the complete item. Leftovers in `staging/` are invisible to readers.
 * Names are validated before any path is built, and every path is checked to stay inside the
 * root, so nothing can be read or written outside the store directory.
 */
class LocalStore {
    root;
    location;
    now;
    /** `root` is the store directory (created on first write); `now` is for tests. */
    constructor(root, options = {}) {
        this.root = (0,external_node_path_.resolve)(root);
        this.location = `directory ${this.root}`;
        this.now = options.now ?? (() => new Date());
    }
    /** The default store: `.tollgate/` in the given working directory. */
    static inWorkingDirectory(workingDirectory = process.cwd()) {
        return new LocalStore((0,external_node_path_.join)(workingDirectory, DEFAULT_LOCAL_STORE_DIRECTORY));
    }
    // ---- claims ----------------------------------------------------------------------------------
    async createRef(name, claim) {
        (0,store_names/* assertRefName */.rY)(name);
        const stored = {
            name,
            metadata: claim.metadata,
            ...(claim.commit === undefined ? {} : { commit: claim.commit }),
            createdAt: this.now().toISOString()
        };
        const bytes = (0,canonical_json/* canonicalJsonBytes */.qJ)(stored, `the metadata of ref ${JSON.stringify(name)}`);
        const refsDirectory = this.path('refs');
        const outcome = await this.publishFileExclusive(refsDirectory, this.refPath(name), [bytes]);
        if (outcome === 'created')
            return { outcome, ref: parseRef(bytes, name) };
        const existing = await this.readRef(name);
        if (existing === undefined) {
            throw new errors/* IntegrityError */.cs(`Ref ${JSON.stringify(name)} exists in ${this.location} but cannot be read.`);
        }
        return { outcome, ref: existing };
    }
    async readRef(name) {
        (0,store_names/* assertRefName */.rY)(name);
        const bytes = await readIfPresent(this.refPath(name));
        return bytes === undefined ? undefined : parseRef(bytes, name);
    }
    async listRefs(prefix) {
        (0,store_names/* assertRefPrefix */.Q5)(prefix);
        const names = (await listDirectory(this.path('refs')))
            .filter((entry) => entry.endsWith(REF_SUFFIX))
            .map((entry) => entry.slice(0, -REF_SUFFIX.length))
            .filter((name) => name.startsWith(prefix) && isValid(() => (0,store_names/* assertRefName */.rY)(name)))
            .sort(store_names/* compareCodeUnits */.UF);
        const refs = [];
        for (const name of names) {
            const ref = await this.readRef(name);
            if (ref !== undefined)
                refs.push(ref);
        }
        return refs;
    }
    // ---- bundles ---------------------------------------------------------------------------------
    async publishBundle(name, files) {
        const manifest = (0,bundle_manifest/* buildBundleManifest */.Sb)(name, files);
        const existing = await this.readBundleManifest(name);
        if (existing !== undefined)
            return this.republished(existing, manifest);
        const staged = await this.stageBundle(manifest, files);
        return this.commitBundle(staged, manifest);
    }
    async readBundleManifest(name) {
        (0,store_names/* assertBundleName */.OC)(name);
        const directory = this.bundlePath(name);
        const bytes = await readIfPresent((0,external_node_path_.join)(directory, store_names/* BUNDLE_MANIFEST_FILE */.EI));
        if (bytes !== undefined)
            return (0,bundle_manifest/* parseBundleManifest */.nv)(bytes, name);
        if (await exists(directory)) {
            throw new errors/* IntegrityError */.cs(`Bundle ${JSON.stringify(name)} in ${this.location} is damaged: its ` +
                `${store_names/* BUNDLE_MANIFEST_FILE */.EI} is missing.`);
        }
        return undefined;
    }
    async readBundleFile(name, fileName) {
        const manifest = await this.readBundleManifest(name);
        if (manifest === undefined) {
            throw new errors/* UsageError */.eb(`No bundle named ${JSON.stringify(name)} is published in ${this.location}.`);
        }
        const entry = (0,bundle_manifest/* findBundleFile */.Sq)(manifest, fileName);
        const what = `File ${JSON.stringify(fileName)} of bundle ${JSON.stringify(name)}`;
        const bytes = await readIfPresent((0,external_node_path_.join)(this.bundlePath(name), entry.name));
        if (bytes === undefined)
            throw new errors/* IntegrityError */.cs(`${what} is missing from ${this.location}.`);
        (0,content_digest/* verifyDigest */.Ub)(bytes, entry, what);
        return bytes;
    }
    async listBundles(prefix) {
        (0,store_names/* assertRefPrefix */.Q5)(prefix);
        return (await listDirectory(this.path('bundles')))
            .filter((name) => name.startsWith(prefix) && isValid(() => (0,store_names/* assertBundleName */.OC)(name)))
            .sort(store_names/* compareCodeUnits */.UF);
    }
    /**
     * Writes every file and the manifest into a private staging directory and syncs it. Until
     * `commitBundle` renames it, nothing of the bundle is visible. (Protected so a test can stop a
     * writer here, as a crash would.)
     */
    async stageBundle(manifest, files) {
        const stagingDirectory = this.path('staging');
        await ensureDirectory(stagingDirectory);
        const staged = temporaryName(stagingDirectory, 'bundle');
        await ensureDirectory(staged);
        for (const entry of manifest.files) {
            await writeDurableFile((0,external_node_path_.join)(staged, entry.name), files.get(entry.name) ?? new Uint8Array());
        }
        await writeDurableFile((0,external_node_path_.join)(staged, store_names/* BUNDLE_MANIFEST_FILE */.EI), (0,bundle_manifest/* serializeBundleManifest */.In)(manifest));
        await syncDirectory(staged);
        return staged;
    }
    /** Makes a staged bundle visible in one rename, or reconciles with a concurrent publisher. */
    async commitBundle(staged, manifest) {
        const bundlesDirectory = this.path('bundles');
        await ensureDirectory(bundlesDirectory);
        const outcome = await renameDirectoryExclusive(staged, this.bundlePath(manifest.bundle));
        if (outcome === 'created') {
            await syncDirectory(bundlesDirectory);
            return { outcome, manifest };
        }
        await removeTemporary(staged);
        const existing = await this.readBundleManifest(manifest.bundle);
        if (existing === undefined) {
            throw new Error(`Could not publish bundle ${JSON.stringify(manifest.bundle)} in ${this.location}.`);
        }
        return this.republished(existing, manifest);
    }
    republished(existing, attempted) {
        if ((0,bundle_manifest/* sameBundleContents */.vt)(existing, attempted))
            return { outcome: 'exists', manifest: existing };
        throw new store_errors/* ConflictError */.f(`Bundle ${JSON.stringify(attempted.bundle)} is already published in ${this.location} with ` +
            `other files (${(0,bundle_manifest/* describeBundleDifference */.Py)(existing, attempted)}); published bundles are ` +
            'immutable, so publish under a new name.');
    }
    // ---- records ---------------------------------------------------------------------------------
    async appendRecord(series, key, bytes) {
        (0,store_names/* assertSeriesName */.Fs)(series);
        (0,store_names/* assertRecordKey */.H7)(key);
        (0,store_names/* assertStorableSize */.uw)(bytes.byteLength, `Record ${JSON.stringify(key)}`);
        const digest = (0,content_digest/* digestOf */.ol)(bytes);
        const finalPath = this.recordPath(series, key);
        if (await exists(finalPath))
            return this.compareWithStoredRecord(series, key, digest);
        const header = { createdAt: this.now().toISOString(), ...digest };
        const headerLine = new TextEncoder().encode(`${(0,canonical_json/* compactCanonicalJson */.U0)(header, 'record header')}\n`);
        const outcome = await this.publishFileExclusive(this.path('records', series), finalPath, [
            headerLine,
            bytes
        ]);
        if (outcome === 'created')
            return outcome;
        return this.compareWithStoredRecord(series, key, digest);
    }
    async listRecords(series) {
        (0,store_names/* assertSeriesName */.Fs)(series);
        const directory = this.path('records', series);
        const records = [];
        const damaged = [];
        const keys = (await listDirectory(directory))
            .filter((entry) => entry.endsWith(RECORD_SUFFIX))
            .map((entry) => entry.slice(0, -RECORD_SUFFIX.length))
            .filter((key) => isValid(() => (0,store_names/* assertRecordKey */.H7)(key)));
        for (const key of keys) {
            const inspected = await inspectRecordFile(this.recordPath(series, key));
            if ('problem' in inspected)
                damaged.push({ key, problem: inspected.problem });
            else
                records.push({ key, ...inspected.header });
        }
        records.sort(record_order/* compareRecords */.a);
        damaged.sort((a, b) => (0,store_names/* compareCodeUnits */.UF)(a.key, b.key));
        return { records, damaged };
    }
    async readRecord(series, key) {
        (0,store_names/* assertSeriesName */.Fs)(series);
        (0,store_names/* assertRecordKey */.H7)(key);
        const bytes = await readIfPresent(this.recordPath(series, key));
        if (bytes === undefined)
            return undefined;
        const what = recordDescription(series, key, this.location);
        const parsed = splitRecordFile(bytes);
        if ('problem' in parsed)
            throw new errors/* IntegrityError */.cs(`${what} is damaged: ${parsed.problem}`);
        (0,content_digest/* verifyDigest */.Ub)(parsed.body, parsed.header, what);
        return parsed.body;
    }
    async compareWithStoredRecord(series, key, digest) {
        const stored = await this.readRecord(series, key);
        if (stored === undefined) {
            throw new errors/* IntegrityError */.cs(`${recordDescription(series, key, this.location)} vanished while being read.`);
        }
        const storedDigest = (0,content_digest/* digestOf */.ol)(stored);
        if (storedDigest.sha256 === digest.sha256)
            return 'exists';
        throw new store_errors/* ConflictError */.f(`${recordDescription(series, key, this.location)} already exists with other content ` +
            `(sha256 ${storedDigest.sha256}, ${storedDigest.size} bytes; this write has ` +
            `${digest.sha256}, ${digest.size} bytes). Records are immutable: a re-run must write ` +
            'identical bytes, anything else needs a new key.');
    }
    // ---- paths and primitives --------------------------------------------------------------------
    /**
     * Writes the chunks to a synced temporary file and links it to `finalPath` exclusively, so the
     * file appears complete or not at all, and only for one writer.
     */
    async publishFileExclusive(directory, finalPath, chunks) {
        const stagingDirectory = this.path('staging');
        await ensureDirectory(stagingDirectory);
        await ensureDirectory(directory);
        const temporary = temporaryName(stagingDirectory, 'file');
        try {
            await writeDurableFile(temporary, chunks);
            const outcome = await linkExclusive(temporary, finalPath);
            if (outcome === 'created')
                await syncDirectory(directory);
            return outcome;
        }
        finally {
            await removeTemporary(temporary);
        }
    }
    refPath(name) {
        return this.path('refs', `${name}${REF_SUFFIX}`);
    }
    bundlePath(name) {
        return this.path('bundles', name);
    }
    recordPath(series, key) {
        return this.path('records', series, `${key}${RECORD_SUFFIX}`);
    }
    /** A path inside the store; refuses anything that would resolve outside the root. */
    path(...parts) {
        const full = (0,external_node_path_.resolve)(this.root, ...parts);
        const inside = (0,external_node_path_.relative)(this.root, full);
        if (inside === '' || inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside)) {
            throw new errors/* UsageError */.eb(`Refusing to use a path outside the store ${this.root}: ${full}`);
        }
        return full;
    }
}
/** Splits a record file into its header line and body, checking the header's shape. */
function splitRecordFile(bytes) {
    const end = bytes.subarray(0, RECORD_HEADER_LIMIT).indexOf(NEWLINE);
    if (end < 0)
        return { problem: 'its header line is missing or truncated.' };
    const header = parseRecordHeader(bytes.subarray(0, end));
    if (header === undefined)
        return { problem: 'its header line is not valid record metadata.' };
    return { header, body: bytes.subarray(end + 1) };
}
/**
 * Reads only the header of a record file (listing must not read every record's bytes) and
 * checks that the file is as long as the header says, which catches truncation.
 */
async function inspectRecordFile(path) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const buffer = new Uint8Array(RECORD_HEADER_LIMIT);
        const { bytesRead } = await handle.read(buffer, 0, RECORD_HEADER_LIMIT, 0);
        const end = buffer.subarray(0, bytesRead).indexOf(NEWLINE);
        if (end < 0)
            return { problem: 'its header line is missing or truncated.' };
        const header = parseRecordHeader(buffer.subarray(0, end));
        if (header === undefined)
            return { problem: 'its header line is not valid record metadata.' };
        const { size } = await handle.stat();
        if (size !== end + 1 + header.size) {
            return {
                problem: `it has ${size - end - 1} bytes of content but ${header.size} were recorded.`
            };
        }
        return { header };
    }
    finally {
        await handle.close();
    }
}
function parseRecordHeader(bytes) {
    const parsed = (0,canonical_json/* parseJsonBytes */.dQ)(bytes);
    if (!parsed.ok || !(0,canonical_json/* isJsonObject */.OW)(parsed.value))
        return undefined;
    const { createdAt, sha256, size } = parsed.value;
    if (typeof createdAt !== 'string' || !(0,content_digest/* isSha256Hex */.P4)(sha256))
        return undefined;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
        return undefined;
    return { createdAt, sha256, size };
}
function parseRef(bytes, name) {
    const parsed = (0,canonical_json/* parseJsonBytes */.dQ)(bytes);
    const ref = parsed.ok && (0,canonical_json/* isJsonObject */.OW)(parsed.value) ? parsed.value : undefined;
    if (ref === undefined ||
        ref.name !== name ||
        typeof ref.createdAt !== 'string' ||
        !(0,canonical_json/* isJsonObject */.OW)(ref.metadata) ||
        (ref.commit !== undefined && typeof ref.commit !== 'string')) {
        throw new errors/* IntegrityError */.cs(`Ref ${JSON.stringify(name)} is damaged: its file is not a valid claim.`);
    }
    return {
        name,
        metadata: ref.metadata,
        ...(ref.commit === undefined ? {} : { commit: ref.commit }),
        createdAt: ref.createdAt
    };
}
function recordDescription(series, key, location) {
    return `Record ${JSON.stringify(key)} of series ${JSON.stringify(series)} in ${location}`;
}
async function readIfPresent(path) {
    try {
        const buffer = await (0,promises_.readFile)(path);
        return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    catch (error) {
        if (isErrno(error, 'ENOENT'))
            return undefined;
        throw error;
    }
}
async function exists(path) {
    try {
        await (0,promises_.stat)(path);
        return true;
    }
    catch (error) {
        if (isErrno(error, 'ENOENT'))
            return false;
        throw error;
    }
}
async function listDirectory(directory) {
    try {
        return await (0,promises_.readdir)(directory);
    }
    catch (error) {
        if (isErrno(error, 'ENOENT'))
            return [];
        throw error;
    }
}
function isValid(check) {
    try {
        check();
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 33148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ parseRegistryTag),
/* harmony export */   Gs: () => (/* binding */ assertStageName),
/* harmony export */   dq: () => (/* binding */ versionTagPrefix),
/* harmony export */   fY: () => (/* binding */ assertModelName),
/* harmony export */   jM: () => (/* binding */ formatRegistryTag),
/* harmony export */   t$: () => (/* binding */ stageTagPrefix),
/* harmony export */   t6: () => (/* binding */ stageSuggestion)
/* harmony export */ });
/* unused harmony exports MAX_MODEL_NAME_LENGTH, RESERVED_STAGE_NAMES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _text_closest_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28863);


/** GTO's name rule without `/`: lower-case letters, digits and `-`, not ending with `-`. */
const NAME = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
const VERSION = 'v(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)';
const TAG_PATTERN = new RegExp(`^(?<model>${NAME})(?:(?:#(?<stage>${NAME})|@(?<version>${VERSION}))(?<cancel>!?)|@(?<deprecated>deprecated))(?:#(?<counter>[0-9]+))?$`);
const NAME_PATTERN = new RegExp(`^${NAME}$`);
/** Longest model or stage name; keeps every tag well inside the store's name limit. */
const MAX_MODEL_NAME_LENGTH = 100;
/**
 * Words that mean something after `@` in a reference (`churn@latest`) or in GTO's tags, so they
 * cannot be stage names.
 */
const RESERVED_STAGE_NAMES = [
    'latest',
    'greatest',
    'deprecated',
    'created'
];
const NAME_RULE = 'use lower-case letters, digits and "-", starting and ending with a letter or digit ' +
    "(GTO's naming rule, so GTO can read the registry)";
/** Checks a model name; UsageError saying what is allowed. */
function assertModelName(name) {
    checkName(name, 'model name');
}
/** Checks a stage name (`staging`, `production`); UsageError saying what is allowed. */
function assertStageName(name) {
    checkName(name, 'stage name');
    if (RESERVED_STAGE_NAMES.includes(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`The stage name ${JSON.stringify(name)} is reserved (it has a meaning after "@" in ` +
            `references such as churn@latest); choose another, e.g. "production".`);
    }
}
function checkName(name, what) {
    if (name.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`The ${what} is empty; give a name.`);
    if (name.length > MAX_MODEL_NAME_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`The ${what} ${JSON.stringify(name)} has ${name.length} characters; at most ` +
            `${MAX_MODEL_NAME_LENGTH} are allowed.`);
    }
    if (!NAME_PATTERN.test(name)) {
        const lower = name
            .toLowerCase()
            .replace(/[^a-z0-9-]+/g, '-')
            .replace(/^-+|-+$/g, '');
        const hint = NAME_PATTERN.test(lower) && lower !== name ? ` For example ${JSON.stringify(lower)}.` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`The ${what} ${JSON.stringify(name)} is not allowed: ${NAME_RULE}.${hint}`);
    }
}
/** Parses a tag name; undefined for tags that are not registry tags (e.g. a release `v1.0.0`). */
function parseRegistryTag(name) {
    const match = TAG_PATTERN.exec(name);
    const groups = match?.groups;
    if (!groups)
        return undefined;
    const model = groups.model;
    if (model.length > MAX_MODEL_NAME_LENGTH)
        return undefined;
    const counter = groups.counter === undefined ? undefined : Number(groups.counter);
    if (counter !== undefined && !Number.isSafeInteger(counter))
        return undefined;
    const withCounter = counter === undefined ? {} : { counter };
    const cancelled = groups.cancel === '!';
    if (groups.deprecated !== undefined)
        return { kind: 'deprecation', model, ...withCounter };
    if (groups.version !== undefined) {
        return cancelled
            ? { kind: 'deregistration', model, version: groups.version, ...withCounter }
            : { kind: 'version', model, version: groups.version };
    }
    const stage = groups.stage;
    if (RESERVED_STAGE_NAMES.includes(stage))
        return undefined;
    return { kind: cancelled ? 'unassignment' : 'assignment', model, stage, ...withCounter };
}
/** Formats a tag; the inverse of `parseRegistryTag`. Validates names and counters. */
function formatRegistryTag(tag) {
    assertModelName(tag.model);
    const counter = 'counter' in tag && tag.counter !== undefined ? `#${formatCounter(tag.counter)}` : '';
    switch (tag.kind) {
        case 'version':
            return `${tag.model}@${tag.version}`;
        case 'deregistration':
            return `${tag.model}@${tag.version}!${counter}`;
        case 'assignment':
            assertStageName(tag.stage);
            return `${tag.model}#${tag.stage}${counter}`;
        case 'unassignment':
            assertStageName(tag.stage);
            return `${tag.model}#${tag.stage}!${counter}`;
        case 'deprecation':
            return `${tag.model}@deprecated${counter}`;
    }
}
/** Prefix of every tag of one model's versions (`churn@`), for listing refs. */
function versionTagPrefix(model) {
    assertModelName(model);
    return `${model}@`;
}
/** Prefix of every stage tag of one model (`churn#`), for listing refs. */
function stageTagPrefix(model) {
    assertModelName(model);
    return `${model}#`;
}
/** A "did you mean" for an unknown stage, or ''. */
function stageSuggestion(stage, known) {
    const suggestion = (0,_text_closest_name_js__WEBPACK_IMPORTED_MODULE_1__/* .closestName */ .N)(stage, known);
    return suggestion === undefined ? '' : ` Did you mean ${JSON.stringify(suggestion)}?`;
}
function formatCounter(counter) {
    if (!Number.isSafeInteger(counter) || counter < 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`A stage-event counter must be a positive integer, not ${counter}.`);
    }
    return String(counter);
}


/***/ }),

/***/ 95854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   In: () => (/* binding */ serializeBundleManifest),
/* harmony export */   Py: () => (/* binding */ describeBundleDifference),
/* harmony export */   Qs: () => (/* binding */ verifyBundleFile),
/* harmony export */   Sb: () => (/* binding */ buildBundleManifest),
/* harmony export */   Sq: () => (/* binding */ findBundleFile),
/* harmony export */   nv: () => (/* binding */ parseBundleManifest),
/* harmony export */   vt: () => (/* binding */ sameBundleContents)
/* harmony export */ });
/* unused harmony export BUNDLE_MANIFEST_SCHEMA */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92113);
/* harmony import */ var _content_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73734);
/* harmony import */ var _store_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33780);




const BUNDLE_MANIFEST_SCHEMA = 'tollgate.bundle-manifest/1';
/**
 * Validates a bundle before anything is written (names, count, sizes) and computes its manifest.
 * Two names that differ only in case are refused: they would overwrite each other on the
 * case-insensitive file systems of macOS and Windows runners.
 */
function buildBundleManifest(bundle, files) {
    (0,_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .assertBundleName */ .OC)(bundle);
    if (files.size + 1 > _store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_BUNDLE_FILES */ .ow) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Bundle ${JSON.stringify(bundle)} has ${files.size} files; at most ` +
            `${_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_BUNDLE_FILES */ .ow - 1} fit beside its ${_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_MANIFEST_FILE */ .EI} (GitHub allows ` +
            `${_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_BUNDLE_FILES */ .ow} assets per release). Combine files, e.g. into an archive.`);
    }
    const seen = new Map();
    const entries = [];
    for (const [name, bytes] of files) {
        (0,_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .assertBundleFileName */ .yx)(name);
        if (name === _store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_MANIFEST_FILE */ .EI) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Bundle ${JSON.stringify(bundle)} cannot contain a file named ${_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_MANIFEST_FILE */ .EI}: ` +
                'the store writes that file itself. Rename yours.');
        }
        const folded = name.toLowerCase();
        const clash = seen.get(folded);
        if (clash !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Bundle ${JSON.stringify(bundle)} has files ${JSON.stringify(clash)} and ` +
                `${JSON.stringify(name)}, which differ only in case; rename one of them.`);
        }
        seen.set(folded, name);
        (0,_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .assertStorableSize */ .uw)(bytes.byteLength, `File ${JSON.stringify(name)}`);
        entries.push({ name, ...(0,_content_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(bytes) });
    }
    entries.sort((a, b) => (0,_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .compareCodeUnits */ .UF)(a.name, b.name));
    return { schema: BUNDLE_MANIFEST_SCHEMA, bundle, files: entries };
}
/** The bytes of `manifest.json`. */
function serializeBundleManifest(manifest) {
    return (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJsonBytes */ .qJ)(manifest, _store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_MANIFEST_FILE */ .EI);
}
/**
 * Reads a stored `manifest.json` and checks its shape. A manifest that does not parse, or names
 * another bundle, means the bundle itself cannot be trusted: IntegrityError.
 */
function parseBundleManifest(bytes, bundle) {
    const what = `The ${_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_MANIFEST_FILE */ .EI} of bundle ${JSON.stringify(bundle)}`;
    const parsed = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonBytes */ .dQ)(bytes);
    if (!parsed.ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${what} is damaged: it is not valid JSON (${parsed.problem}).`);
    }
    const value = parsed.value;
    if (!(0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .OW)(value) ||
        value.schema !== BUNDLE_MANIFEST_SCHEMA ||
        !Array.isArray(value.files)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${what} is damaged: expected an object with schema "${BUNDLE_MANIFEST_SCHEMA}" and a files list.`);
    }
    if (value.bundle !== bundle) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${what} names bundle ${JSON.stringify(value.bundle)}; it was not written for this bundle.`);
    }
    const files = [];
    for (const entry of value.files) {
        if (!(0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .OW)(entry) ||
            typeof entry.name !== 'string' ||
            typeof entry.size !== 'number' ||
            !Number.isSafeInteger(entry.size) ||
            entry.size < 0 ||
            !(0,_content_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .isSha256Hex */ .P4)(entry.sha256)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${what} is damaged: a file entry lacks a name, a size or a sha256 (${JSON.stringify(entry)}).`);
        }
        files.push({ name: entry.name, size: entry.size, sha256: entry.sha256 });
    }
    return { schema: BUNDLE_MANIFEST_SCHEMA, bundle, files };
}
/** True when two manifests describe the same files with the same bytes. */
function sameBundleContents(a, b) {
    if (a.files.length !== b.files.length)
        return false;
    return a.files.every((entry, index) => {
        const other = b.files[index];
        return (other !== undefined &&
            other.name === entry.name &&
            other.size === entry.size &&
            other.sha256 === entry.sha256);
    });
}
/** Describes how a re-publish differs from what is stored, for a ConflictError message. */
function describeBundleDifference(stored, attempted) {
    const storedByName = new Map(stored.files.map((entry) => [entry.name, entry]));
    const attemptedByName = new Map(attempted.files.map((entry) => [entry.name, entry]));
    const differences = [];
    for (const entry of attempted.files) {
        const other = storedByName.get(entry.name);
        if (other === undefined)
            differences.push(`${entry.name} is new`);
        else if (other.sha256 !== entry.sha256)
            differences.push(`${entry.name} has other content`);
    }
    for (const entry of stored.files) {
        if (!attemptedByName.has(entry.name))
            differences.push(`${entry.name} is missing`);
    }
    return differences.slice(0, 5).join(', ') + (differences.length > 5 ? ', …' : '');
}
/** The manifest entry of one file; UsageError naming the available files when absent. */
function findBundleFile(manifest, fileName) {
    const entry = manifest.files.find((file) => file.name === fileName);
    if (entry === undefined) {
        const available = manifest.files.map((file) => file.name).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Bundle ${JSON.stringify(manifest.bundle)} has no file ${JSON.stringify(fileName)}; ` +
            `it has: ${available || '(no files)'}.`);
    }
    return entry;
}
/** Checks bytes read for one file against the manifest (IntegrityError on mismatch). */
function verifyBundleFile(manifest, fileName, bytes) {
    (0,_content_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyDigest */ .Ub)(bytes, findBundleFile(manifest, fileName), `File ${JSON.stringify(fileName)} of bundle ${JSON.stringify(manifest.bundle)}`);
}


/***/ }),

/***/ 73734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P4: () => (/* binding */ isSha256Hex),
/* harmony export */   Ub: () => (/* binding */ verifyDigest),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   ol: () => (/* binding */ digestOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);


/** Lower-case hexadecimal SHA-256 of the bytes (the form GitHub shows as `digest: sha256:<hex>`). */
function sha256Hex(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
/** The digest of bytes about to be stored. */
function digestOf(bytes) {
    return { size: bytes.byteLength, sha256: sha256Hex(bytes) };
}
/** True when the value looks like a hexadecimal SHA-256 as this module writes it. */
function isSha256Hex(value) {
    return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
}
/**
 * Checks bytes read back from a store against the digest recorded at write time, so a truncated
 * download, a flipped bit on disk or a tampered asset is reported instead of being used.
 * `what` names the stored item in the error ("file model.json of bundle churn@v0.0.1").
 */
function verifyDigest(bytes, expected, what) {
    if (bytes.byteLength !== expected.size) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .IntegrityError */ .cs(`${what} is damaged: it has ${bytes.byteLength} bytes but ${expected.size} were recorded ` +
            'when it was written.');
    }
    const actual = sha256Hex(bytes);
    if (actual !== expected.sha256) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .IntegrityError */ .cs(`${what} is damaged: its sha256 is ${actual} but ${expected.sha256} was recorded when it ` +
            'was written.');
    }
}


/***/ }),

/***/ 9050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ compareRecords)
/* harmony export */ });
/* harmony import */ var _store_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33780);

/**
 * The order every store lists records in: oldest first, then by key. Creation times come from
 * the store, so two readers of the same series always see the same sequence (an SPC history's
 * points, a deployment log).
 */
function compareRecords(a, b) {
    return (0,_store_names_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCodeUnits */ .UF)(a.createdAt, b.createdAt) || (0,_store_names_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCodeUnits */ .UF)(a.key, b.key);
}


/***/ }),

/***/ 33780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ BUNDLE_MANIFEST_FILE),
/* harmony export */   EM: () => (/* binding */ MAX_NAME_LENGTH),
/* harmony export */   Fs: () => (/* binding */ assertSeriesName),
/* harmony export */   H7: () => (/* binding */ assertRecordKey),
/* harmony export */   OC: () => (/* binding */ assertBundleName),
/* harmony export */   Q5: () => (/* binding */ assertRefPrefix),
/* harmony export */   UF: () => (/* binding */ compareCodeUnits),
/* harmony export */   ow: () => (/* binding */ MAX_BUNDLE_FILES),
/* harmony export */   rY: () => (/* binding */ assertRefName),
/* harmony export */   uw: () => (/* binding */ assertStorableSize),
/* harmony export */   yx: () => (/* binding */ assertBundleFileName)
/* harmony export */ });
/* unused harmony export MAX_FILE_BYTES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * Names a Store accepts, and the limits it enforces. Every store checks names with these functions
 * before any I/O, so a name that works locally also works on GitHub and the other way round:
 * - ref and bundle names become git tag names (`refs/tags/<name>`) and release tag names;
 * - bundle file names, series names and record keys become release asset names, which GitHub
 *   silently renames when they contain other characters or a leading or trailing period
 *   (GITHUB-TESTING.md §5.1), and local file names.
 * None of them may contain a path separator or `..`, so no name can reach outside a local store.
 *
 * Names always start with a letter or digit. Implementations may use names starting with `_`
 * for their own bookkeeping (e.g. the release tags of record-series segments on GitHub); such
 * names can never collide with a caller's.
 */
/** GitHub's cap on assets per release; a bundle's `manifest.json` counts as one of them. */
const MAX_BUNDLE_FILES = 1000;
/** Largest file or record a store accepts: GitHub requires each release asset to be under 2 GiB. */
const MAX_FILE_BYTES = 2 * 1024 ** 3 - 1;
/** Longest name accepted, well inside file-system (255) and git limits. */
const MAX_NAME_LENGTH = 200;
/** The file every bundle carries, written by the store; callers cannot supply a file by this name. */
const BUNDLE_MANIFEST_FILE = 'manifest.json';
const REF_NAME = /^[A-Za-z0-9][A-Za-z0-9._@#!-]*$/;
const REF_PREFIX = /^[A-Za-z0-9._@#!-]*$/;
const ASSET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const REF_CHARACTERS_HINT = 'use letters, digits and the characters . _ - @ # !, starting with a letter or digit';
const ASSET_CHARACTERS_HINT = 'use letters, digits and the characters . _ -, starting with a letter or digit ' +
    '(GitHub renames release assets with other characters)';
/**
 * Checks the name of a claim (a git tag on GitHub, e.g. `churn@v0.0.1` or `churn#production#3`).
 * `what` says what the name is for in the error ("ref name", "bundle name").
 */
function assertRefName(name, what = 'ref name') {
    checkLength(name, what);
    if (!REF_NAME.test(name))
        fail(name, what, REF_CHARACTERS_HINT);
    if (name.includes('..'))
        fail(name, what, 'it must not contain ".."');
    if (name.endsWith('.'))
        fail(name, what, 'it must not end with "."');
    if (name.endsWith('.lock'))
        fail(name, what, 'git does not allow names ending in ".lock"');
}
/** Checks a prefix used to list refs or bundles (may be empty: list everything). */
function assertRefPrefix(prefix) {
    if (prefix.length > MAX_NAME_LENGTH)
        fail(prefix, 'ref prefix', 'it is too long');
    if (!REF_PREFIX.test(prefix))
        fail(prefix, 'ref prefix', REF_CHARACTERS_HINT);
}
/** Bundles are named like refs: on GitHub a bundle is the release of the tag with its name. */
function assertBundleName(name) {
    assertRefName(name, 'bundle name');
}
/** Checks the name of one file inside a bundle (a release asset on GitHub). */
function assertBundleFileName(name) {
    assertAssetName(name, 'bundle file name');
}
/** Checks the name of a record series (`spc-history.orders`, `lineage`, `deployments`). */
function assertSeriesName(name) {
    assertAssetName(name, 'series name');
}
/** Checks the key of one record in a series, e.g. `<run-id>-<attempt>`. */
function assertRecordKey(key) {
    assertAssetName(key, 'record key');
}
/** Checks the size of a file or record against the per-asset limit. `what` names it. */
function assertStorableSize(size, what) {
    if (size > MAX_FILE_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} has ${size} bytes; a store accepts at most ${MAX_FILE_BYTES} bytes per file ` +
            '(GitHub requires each release asset to be under 2 GiB). Split it into smaller files.');
    }
}
function assertAssetName(name, what) {
    checkLength(name, what);
    if (!ASSET_NAME.test(name))
        fail(name, what, ASSET_CHARACTERS_HINT);
    if (name.endsWith('.'))
        fail(name, what, 'it must not end with "." (GitHub renames it)');
    if (name.includes('..'))
        fail(name, what, 'it must not contain ".."');
}
function checkLength(name, what) {
    if (name.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`The ${what} is empty; give a name.`);
    if (name.length > MAX_NAME_LENGTH) {
        fail(name, what, `it has ${name.length} characters, at most ${MAX_NAME_LENGTH} are allowed`);
    }
}
function fail(name, what, rule) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`The ${what} ${JSON.stringify(name)} is not allowed: ${rule}.`);
}
/** Locale-independent order of names, so every store lists in the same order. */
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
