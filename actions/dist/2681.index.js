export const id = 2681;
export const ids = [2681];
export const modules = {

/***/ 33701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WM: () => (/* binding */ loadProjectConfig),
/* harmony export */   oj: () => (/* binding */ PROJECT_CONFIG_FILE)
/* harmony export */ });
/* unused harmony export PROJECT_CONFIG_SECTIONS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68302);
/* harmony import */ var _registry_registry_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7836);
/* harmony import */ var _user_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24574);





/** The project configuration file at the repository root. */
const PROJECT_CONFIG_FILE = '.tollgate.yml';
/** Top-level sections of .tollgate.yml; each is parsed by the module that owns it. */
const PROJECT_CONFIG_SECTIONS = [
    'registry',
    'deploy',
    'gate',
    'spc',
    'drift',
    'store'
];
/**
 * Reads `.tollgate.yml` from `cwd` (or `path`). A missing file means defaults everywhere; an
 * unknown top-level key is an error with a "did you mean", like every Tollgate config file.
 */
function loadProjectConfig(cwd = process.cwd(), path) {
    const file = path ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, PROJECT_CONFIG_FILE);
    if (path === undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
        return {
            file: undefined,
            registry: (0,_registry_registry_config_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRegistryConfig */ .X)(undefined, PROJECT_CONFIG_FILE),
            section: () => undefined
        };
    }
    const root = (0,_config_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlSource */ .W)((0,_user_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readUserFile */ .E1)(file, 'project configuration'), path ?? PROJECT_CONFIG_FILE);
    if (root.kind === 'null') {
        return {
            file,
            registry: (0,_registry_registry_config_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRegistryConfig */ .X)(undefined, PROJECT_CONFIG_FILE),
            section: () => undefined
        };
    }
    root.assertKeys(PROJECT_CONFIG_SECTIONS, 'section');
    return {
        file,
        registry: (0,_registry_registry_config_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRegistryConfig */ .X)(root.get('registry')?.toValue(), path ?? PROJECT_CONFIG_FILE),
        section: (name) => root.get(name)
    };
}


/***/ }),

/***/ 80769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ formatModelReference),
/* harmony export */   q: () => (/* binding */ parseModelReference)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _gto_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33148);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36978);



const EXAMPLES = 'churn@v1.2.3, churn@latest or churn@production';
/** Parses a reference; UsageError with examples when it is malformed. */
function parseModelReference(text) {
    const trimmed = text.trim();
    const separator = trimmed.search(/[@#]/);
    if (separator <= 0 || separator === trimmed.length - 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${JSON.stringify(text)} does not name a model version; write MODEL@VERSION, MODEL@latest ` +
            `or MODEL@STAGE, e.g. ${EXAMPLES}.`);
    }
    const model = trimmed.slice(0, separator);
    const rest = trimmed.slice(separator + 1);
    (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .assertModelName */ .fY)(model);
    if (trimmed[separator] === '#') {
        (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .assertStageName */ .Gs)(rest);
        return { model, kind: 'stage', stage: rest };
    }
    if (rest === 'latest' || rest === 'greatest')
        return { model, kind: 'latest' };
    if (/^v?\d/.test(rest)) {
        return {
            model,
            kind: 'version',
            version: (0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .formatVersion */ .qh)((0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .requireVersion */ .eU)(rest, 'The version in'))
        };
    }
    (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .assertStageName */ .Gs)(rest);
    return { model, kind: 'stage', stage: rest };
}
/** The canonical text of a reference. */
function formatModelReference(reference) {
    switch (reference.kind) {
        case 'version':
            return `${reference.model}@${reference.version}`;
        case 'latest':
            return `${reference.model}@latest`;
        case 'stage':
            return `${reference.model}@${reference.stage}`;
    }
}


/***/ }),

/***/ 57677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ ModelRegistry)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _store_store_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74309);
/* harmony import */ var _store_store_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33780);
/* harmony import */ var _gto_tags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33148);
/* harmony import */ var _model_bundle_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61705);
/* harmony import */ var _model_reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80769);
/* harmony import */ var _registry_config_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7836);
/* harmony import */ var _registry_state_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(52857);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(36978);









/**
 * The model registry (DESIGN.md §3): immutable versions in bundles, stage assignments as an
 * append-only list of GTO tags, all over a `Store`. This class only orchestrates; every effect is
 * a Store call, so the same code runs against a directory and against GitHub, and its
 * concurrency safety rests on the store's atomic claims:
 * - a version number is claimed by creating its tag; a loser re-reads and takes the next number;
 * - a version becomes visible when its bundle is published, never before;
 * - a stage event claims `<model>#<stage>#<N>` with N one past the model's highest counter.
 */
class ModelRegistry {
    store;
    config;
    constructor(store, config = _registry_config_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_REGISTRY_CONFIG */ .T) {
        this.store = store;
        this.config = config;
    }
    // ---- versions --------------------------------------------------------------------------------
    /**
     * Registers a new version: claims the next version number (or `request.version`), then
     * publishes the bundle (model files, metrics.json, lineage.json, profile.json, README.md and the
     * store's manifest.json). Idempotent per workflow run + attempt (+ job): a re-run that already
     * claimed a version returns it, finishing its bundle if the earlier attempt died before
     * publishing. A re-run must pass identical content; different content is a ConflictError.
     */
    async registerVersion(request) {
        const { model } = request;
        (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .assertModelName */ .fY)(model);
        const explicit = request.version === undefined
            ? undefined
            : (0,_semver_js__WEBPACK_IMPORTED_MODULE_8__/* .requireVersion */ .eU)(request.version, 'The requested version');
        const prepared = (0,_model_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .prepareModelBundle */ .Ht)(model, request);
        let state = await this.modelState(model);
        if (state.deprecated !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Model ${model} was deprecated (tag ${state.deprecated.tag}); it accepts no new versions. ` +
                'Register under a new model name.');
        }
        let claim = request.run === undefined
            ? undefined
            : state.versions.find((v) => (0,_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .sameRun */ .W_)(v.run, request.run));
        let reused = claim !== undefined;
        let tried;
        for (let attempt = 0; claim === undefined; attempt++) {
            if (attempt >= MAX_CLAIM_ATTEMPTS) {
                throw new Error(`Could not claim a version of ${model} in ${this.store.location} after ${attempt} attempts: ` +
                    'other writers kept taking the next number.');
            }
            const highest = [state.versions.at(-1)?.semver, tried]
                .filter((v) => v !== undefined)
                .sort(_semver_js__WEBPACK_IMPORTED_MODULE_8__/* .compareVersions */ .Zy)
                .at(-1);
            const candidate = explicit ?? (0,_semver_js__WEBPACK_IMPORTED_MODULE_8__/* .bumpVersion */ .Bx)(highest, request.bump ?? 'patch');
            tried = candidate;
            const version = (0,_semver_js__WEBPACK_IMPORTED_MODULE_8__/* .formatVersion */ .qh)(candidate);
            const tag = (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRegistryTag */ .jM)({ kind: 'version', model, version });
            const metadata = { kind: 'version', model, version, ...(0,_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .authorMetadata */ .JH)(request) };
            const created = await this.store.createRef(tag, {
                metadata,
                ...(request.commit === undefined ? {} : { commit: request.commit })
            });
            const winner = versionFrom(model, created.ref);
            if (created.outcome === 'created' ||
                (request.run !== undefined && (0,_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .sameRun */ .W_)(winner.run, request.run))) {
                claim = winner;
                reused = created.outcome === 'exists';
            }
            else if (explicit !== undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${model} ${version} is already registered (tag ${tag}, claimed ${created.ref.createdAt}). ` +
                    'Versions are immutable; choose another version or let the registry bump it.');
            }
            else {
                state = await this.modelState(model);
            }
        }
        const bundle = prepared.forVersion(claim.version, claim.claimedAt);
        let manifest;
        try {
            manifest = (await this.store.publishBundle(claim.tag, bundle)).manifest;
        }
        catch (error) {
            if (error instanceof _store_store_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConflictError */ .f && reused) {
                throw new _store_store_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConflictError */ .f(`This run already registered ${model} ${claim.version} with different content; a re-run of ` +
                    `the same workflow run and attempt must produce identical files. ${error.message}`);
            }
            throw error;
        }
        return {
            model,
            version: claim.version,
            tag: claim.tag,
            claimedAt: claim.claimedAt,
            outcome: reused ? 'existing' : 'created',
            manifest
        };
    }
    /**
     * Deregisters a version (GTO's `<model>@<version>!`): it stays stored and listed for the
     * audit trail but no longer resolves and cannot be assigned. Deregistering twice is a no-op.
     */
    async deregisterVersion(request) {
        (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .assertModelName */ .fY)(request.model);
        const version = (0,_semver_js__WEBPACK_IMPORTED_MODULE_8__/* .formatVersion */ .qh)((0,_semver_js__WEBPACK_IMPORTED_MODULE_8__/* .requireVersion */ .eU)(request.version, 'The version'));
        const state = await this.modelState(request.model);
        const target = this.requireVersionRecord(state, version);
        const tag = (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRegistryTag */ .jM)({ kind: 'deregistration', model: request.model, version });
        const metadata = {
            kind: 'deregistration',
            model: request.model,
            version,
            ...(0,_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .authorMetadata */ .JH)(request, request.reason)
        };
        const { ref } = await this.store.createRef(tag, { metadata, ...commitOf(target) });
        return (0,_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .registryEventOf */ .pB)(ref);
    }
    /** Deprecates a whole model (GTO's `<model>@deprecated`): no new versions or assignments. */
    async deprecateModel(request) {
        (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .assertModelName */ .fY)(request.model);
        const state = await this.modelState(request.model);
        if (state.versions.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Model ${request.model} has no versions in ${this.store.location}.`);
        }
        const tag = (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRegistryTag */ .jM)({ kind: 'deprecation', model: request.model });
        const metadata = {
            kind: 'deprecation',
            model: request.model,
            ...(0,_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .authorMetadata */ .JH)(request, request.reason)
        };
        const { ref } = await this.store.createRef(tag, { metadata });
        return (0,_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .registryEventOf */ .pB)(ref);
    }
    // ---- stages ----------------------------------------------------------------------------------
    /**
     * Assigns a version to a stage by appending `<model>#<stage>#<N>`. Checks the stage against the
     * config, that the version is complete and not deregistered, and the promotion order. When the
     * stage already holds that version nothing is written ('unchanged'), which also makes re-runs
     * idempotent. Concurrent assignments never share a tag: a loser takes the next counter.
     */
    async assignStage(request) {
        const { model, stage } = request;
        (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .assertModelName */ .fY)(model);
        this.assertAllowedStage(stage);
        const version = (0,_semver_js__WEBPACK_IMPORTED_MODULE_8__/* .formatVersion */ .qh)((0,_semver_js__WEBPACK_IMPORTED_MODULE_8__/* .requireVersion */ .eU)(request.version, 'The version'));
        let state = await this.modelState(model);
        this.assertAcceptsChanges(state);
        const target = this.requireVersionRecord(state, version);
        if (!(0,_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .isUsable */ .Ng)(target))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(unusableMessage(target));
        this.assertPromotionAllowed(state, stage, version);
        for (let attempt = 0; attempt < MAX_CLAIM_ATTEMPTS; attempt++) {
            const current = (0,_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .currentAssignment */ .T8)(state, stage);
            if (current?.version === version)
                return { outcome: 'unchanged', event: current };
            const tag = (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRegistryTag */ .jM)({
                kind: 'assignment',
                model,
                stage,
                counter: state.lastCounter + 1
            });
            const metadata = {
                kind: 'assignment',
                model,
                stage,
                version,
                ...(0,_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .authorMetadata */ .JH)(request, request.reason)
            };
            const created = await this.store.createRef(tag, { metadata, ...commitOf(target) });
            state = await this.modelState(model);
            if (created.outcome === 'created')
                return { outcome: 'created', event: findEvent(state, tag) };
        }
        throw new Error(`Could not assign ${model} ${version} to ${stage}: too many concurrent changes.`);
    }
    /** Removes the current version from a stage (GTO's `<model>#<stage>!#<N>`). */
    async unassignStage(request) {
        const { model, stage } = request;
        (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .assertModelName */ .fY)(model);
        (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .assertStageName */ .Gs)(stage);
        let state = await this.modelState(model);
        for (let attempt = 0; attempt < MAX_CLAIM_ATTEMPTS; attempt++) {
            const current = (0,_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .currentAssignment */ .T8)(state, stage);
            if (current === undefined) {
                const last = state.stageEvents.filter((event) => event.stage === stage).at(-1);
                if (last !== undefined)
                    return { outcome: 'unchanged', event: last };
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${model} has never been assigned to stage ${stage}; there is nothing to unassign.`);
            }
            const tag = (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRegistryTag */ .jM)({
                kind: 'unassignment',
                model,
                stage,
                counter: state.lastCounter + 1
            });
            const metadata = {
                kind: 'unassignment',
                model,
                stage,
                ...(current.version === undefined ? {} : { version: current.version }),
                ...(0,_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .authorMetadata */ .JH)(request, request.reason)
            };
            const target = state.versions.find((v) => v.version === current.version);
            const created = await this.store.createRef(tag, { metadata, ...commitOf(target) });
            state = await this.modelState(model);
            if (created.outcome === 'created')
                return { outcome: 'created', event: findEvent(state, tag) };
        }
        throw new Error(`Could not unassign ${model} from ${stage}: too many concurrent changes.`);
    }
    /**
     * Puts the stage back on the version it held before the current one: the most recent earlier
     * assignment of another version that is still usable. The rollback is a new assignment, so
     * the history keeps both the bad promotion and its reversal.
     */
    async rollbackStage(request) {
        const { model, stage } = request;
        (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .assertModelName */ .fY)(model);
        (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .assertStageName */ .Gs)(stage);
        const state = await this.modelState(model);
        const current = (0,_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .currentAssignment */ .T8)(state, stage);
        const usable = new Set(state.versions.filter(_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .isUsable */ .Ng).map((v) => v.version));
        const previous = state.stageEvents
            .filter((event) => event.stage === stage &&
            event.action === 'assign' &&
            event.version !== undefined &&
            event.version !== current?.version &&
            usable.has(event.version) &&
            (current === undefined || event.tag !== current.tag))
            .at(-1);
        if (previous?.version === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${model} has no earlier version in stage ${stage} to roll back to` +
                (current?.version ? ` (it holds ${current.version}).` : '.'));
        }
        return this.assignStage({ ...request, version: previous.version });
    }
    /** The assignment in effect for a stage, or undefined. */
    async currentStage(model, stage) {
        (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .assertModelName */ .fY)(model);
        (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .assertStageName */ .Gs)(stage);
        return (0,_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .currentAssignment */ .T8)(await this.modelState(model), stage);
    }
    /** Stage events in history order, for one stage or all; the audit trail and rollback history. */
    async stageHistory(model, stage) {
        (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .assertModelName */ .fY)(model);
        if (stage !== undefined)
            (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .assertStageName */ .Gs)(stage);
        const state = await this.modelState(model);
        return state.stageEvents.filter((event) => stage === undefined || event.stage === stage);
    }
    // ---- reading ---------------------------------------------------------------------------------
    /**
     * Resolves `churn@v1.2.3`, `churn@latest` or `churn@production` (or a parsed reference) to a
     * complete, usable version. UsageError explaining why otherwise: unknown, still incomplete,
     * deregistered, or an empty stage.
     */
    async resolve(reference) {
        const parsed = typeof reference === 'string' ? (0,_model_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .parseModelReference */ .q)(reference) : reference;
        const state = await this.modelState(parsed.model);
        if (state.versions.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Model ${parsed.model} has no versions in ${this.store.location}.`);
        }
        switch (parsed.kind) {
            case 'version': {
                const version = this.requireVersionRecord(state, parsed.version);
                if (!(0,_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .isUsable */ .Ng)(version))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(unusableMessage(version));
                return { ...version, deprecated: state.deprecated !== undefined };
            }
            case 'latest': {
                const version = (0,_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .latestVersion */ .qD)(state);
                if (version === undefined) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Model ${parsed.model} has no complete, registered version in ${this.store.location}.`);
                }
                return { ...version, deprecated: state.deprecated !== undefined };
            }
            case 'stage': {
                const assignment = (0,_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .currentAssignment */ .T8)(state, parsed.stage);
                if (assignment === undefined) {
                    const known = (0,_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .stagesInUse */ .cF)(state);
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`No version of ${parsed.model} is in stage ${parsed.stage}` +
                        (known.length > 0 ? ` (stages in use: ${known.join(', ')}).` : '.') +
                        (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .stageSuggestion */ .t6)(parsed.stage, known));
                }
                const version = state.versions.find((v) => v.version === assignment.version);
                if (version === undefined) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Stage ${parsed.stage} of ${parsed.model} points at a commit with no registered ` +
                        `version (tag ${assignment.tag}); assign a registered version.`);
                }
                if (!(0,_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .isUsable */ .Ng)(version)) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Stage ${parsed.stage} of ${parsed.model} holds ${version.version}, but ` +
                        `${unusableMessage(version)} Assign another version to ${parsed.stage}.`);
                }
                return { ...version, deprecated: state.deprecated !== undefined, stage: assignment };
            }
        }
    }
    /** Every claimed version of a model, lowest first, including incomplete and deregistered ones. */
    async listVersions(model) {
        return (await this.modelState(model)).versions;
    }
    /** Every model in the store with its latest version, stages and incomplete claims. */
    async listModels() {
        const refs = await this.store.listRefs('');
        const byModel = new Map();
        for (const ref of refs) {
            const tag = (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRegistryTag */ .$5)(ref.name);
            if (tag === undefined)
                continue;
            const list = byModel.get(tag.model) ?? [];
            list.push(ref);
            byModel.set(tag.model, list);
        }
        const published = new Set(await this.store.listBundles(''));
        return [...byModel.keys()].sort(_store_store_names_js__WEBPACK_IMPORTED_MODULE_2__/* .compareCodeUnits */ .UF).map((model) => {
            const state = (0,_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .buildModelState */ .x8)(model, byModel.get(model) ?? [], published);
            const stages = {};
            for (const stage of (0,_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .stagesInUse */ .cF)(state)) {
                const version = (0,_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .currentAssignment */ .T8)(state, stage)?.version;
                if (version !== undefined)
                    stages[stage] = version;
            }
            const latest = (0,_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .latestVersion */ .qD)(state);
            return {
                model,
                ...(latest === undefined ? {} : { latest: latest.version }),
                versions: state.versions.length,
                incomplete: state.versions.filter((v) => !v.complete).map((v) => v.version),
                stages,
                deprecated: state.deprecated !== undefined
            };
        });
    }
    /** The full state of one model, read fresh from the store. */
    async modelState(model) {
        (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .assertModelName */ .fY)(model);
        const [versionRefs, stageRefs, bundles] = await Promise.all([
            this.store.listRefs((0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .versionTagPrefix */ .dq)(model)),
            this.store.listRefs((0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .stageTagPrefix */ .t$)(model)),
            this.store.listBundles((0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .versionTagPrefix */ .dq)(model))
        ]);
        return (0,_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .buildModelState */ .x8)(model, [...versionRefs, ...stageRefs], new Set(bundles));
    }
    // ---- checks ----------------------------------------------------------------------------------
    assertAllowedStage(stage) {
        (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .assertStageName */ .Gs)(stage);
        const stages = this.config.stages;
        if (stages !== undefined && !stages.includes(stage)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Stage ${JSON.stringify(stage)} is not one of the stages configured in .tollgate.yml ` +
                `(registry.stages: ${stages.join(', ')}).${(0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .stageSuggestion */ .t6)(stage, stages)}`);
        }
    }
    assertPromotionAllowed(state, stage, version) {
        const stages = this.config.stages;
        if (this.config.promotion !== 'sequential' || stages === undefined)
            return;
        const index = stages.indexOf(stage);
        if (index <= 0)
            return;
        const previous = stages[index - 1];
        const wasThere = state.stageEvents.some((event) => event.stage === previous && event.action === 'assign' && event.version === version);
        if (!wasThere) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${state.model} ${version} cannot enter ${stage}: it has never been in ${previous}, and ` +
                `.tollgate.yml sets promotion: sequential (${stages.join(' -> ')}). Assign it to ` +
                `${previous} first.`);
        }
    }
    assertAcceptsChanges(state) {
        if (state.deprecated !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Model ${state.model} was deprecated (tag ${state.deprecated.tag}); its stages can no ` +
                'longer change.');
        }
    }
    requireVersionRecord(state, version) {
        const found = state.versions.find((v) => v.version === version);
        if (found === undefined) {
            const known = state.versions.map((v) => v.version);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${state.model} ${version} is not registered in ${this.store.location}` +
                (known.length > 0 ? ` (versions: ${known.join(', ')}).` : '.'));
        }
        return found;
    }
}
/** How many times a claim is retried when concurrent writers keep taking the name. */
const MAX_CLAIM_ATTEMPTS = 100;
function versionFrom(model, ref) {
    const version = (0,_registry_state_js__WEBPACK_IMPORTED_MODULE_7__/* .buildModelState */ .x8)(model, [ref], new Set()).versions[0];
    if (version === undefined)
        throw new Error(`Ref ${ref.name} is not a version tag of ${model}.`);
    return version;
}
function findEvent(state, tag) {
    const event = state.stageEvents.find((e) => e.tag === tag);
    if (event === undefined)
        throw new Error(`Stage event ${tag} was created but cannot be read back.`);
    return event;
}
function commitOf(version) {
    return version?.commit === undefined ? {} : { commit: version.commit };
}
function unusableMessage(version) {
    if (version.deregistered !== undefined) {
        return (`${version.model} ${version.version} was deregistered (tag ${version.deregistered.tag}` +
            (version.deregistered.reason ? `: ${version.deregistered.reason}` : '') +
            ').');
    }
    return (`${version.model} ${version.version} is incomplete: its number was claimed at ` +
        `${version.claimedAt} but its files were never published (the registering run stopped ` +
        'before finishing). Register again to get a complete version.');
}


/***/ }),

/***/ 7836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ DEFAULT_REGISTRY_CONFIG),
/* harmony export */   X: () => (/* binding */ parseRegistryConfig)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _text_closest_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28863);
/* harmony import */ var _gto_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33148);



const DEFAULT_REGISTRY_CONFIG = { promotion: 'any' };
const KEYS = ['stages', 'promotion'];
const POLICIES = ['sequential', 'any'];
/**
 * Reads the already-parsed value of the `registry` key (undefined or null when the file has
 * none). `file` is the config file's name for error messages; errors name the field, e.g.
 * `.tollgate.yml (column "registry.stages[1]")`, and say what was expected.
 */
function parseRegistryConfig(section, file) {
    if (section === undefined || section === null)
        return DEFAULT_REGISTRY_CONFIG;
    const at = (field) => ({ file, field: `registry${field}` });
    if (typeof section !== 'object' || Array.isArray(section)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(at(''), 'expected a mapping with the keys stages and promotion.');
    }
    const entries = section;
    for (const key of Object.keys(entries)) {
        if (!KEYS.includes(key)) {
            const suggestion = (0,_text_closest_name_js__WEBPACK_IMPORTED_MODULE_2__/* .closestName */ .N)(key, KEYS);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(at(`.${key}`), `unknown key ${JSON.stringify(key)}.` +
                (suggestion ? ` Did you mean ${JSON.stringify(suggestion)}?` : '') +
                ` Allowed keys: ${KEYS.join(', ')}.`);
        }
    }
    const stages = parseStages(entries.stages, at);
    const promotion = parsePromotion(entries.promotion, stages, at);
    return stages === undefined ? { promotion } : { stages, promotion };
}
function parseStages(value, at) {
    if (value === undefined || value === null)
        return undefined;
    if (!Array.isArray(value) || value.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(at('.stages'), 'expected a non-empty list of stage names, e.g. [staging, production].');
    }
    const stages = [];
    value.forEach((stage, index) => {
        const field = `.stages[${index}]`;
        if (typeof stage !== 'string') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(at(field), `expected a stage name, found ${JSON.stringify(stage)}.`);
        }
        try {
            (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .assertStageName */ .Gs)(stage);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(at(field), error.message);
        }
        if (stages.includes(stage)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(at(field), `stage ${JSON.stringify(stage)} is listed twice.`);
        }
        stages.push(stage);
    });
    return stages;
}
function parsePromotion(value, stages, at) {
    if (value === undefined || value === null)
        return stages === undefined ? 'any' : 'sequential';
    if (typeof value !== 'string' || !POLICIES.includes(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(at('.promotion'), `expected one of ${POLICIES.join(', ')}, found ${JSON.stringify(value)}.`);
    }
    if (value === 'sequential' && stages === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(at('.promotion'), 'promotion: sequential needs the stages list (registry.stages) to know the order.');
    }
    return value;
}


/***/ }),

/***/ 52857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JH: () => (/* binding */ authorMetadata),
/* harmony export */   Ng: () => (/* binding */ isUsable),
/* harmony export */   T8: () => (/* binding */ currentAssignment),
/* harmony export */   W_: () => (/* binding */ sameRun),
/* harmony export */   cF: () => (/* binding */ stagesInUse),
/* harmony export */   pB: () => (/* binding */ registryEventOf),
/* harmony export */   qD: () => (/* binding */ latestVersion),
/* harmony export */   x8: () => (/* binding */ buildModelState)
/* harmony export */ });
/* unused harmony export compareStageEvents */
/* harmony import */ var _store_store_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33780);
/* harmony import */ var _gto_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33148);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36978);



/**
 * Builds the state of `model` from refs (at least all refs starting with `<model>@` and
 * `<model>#`; others are ignored) and the names of published bundles.
 */
function buildModelState(model, refs, publishedBundles) {
    const versions = new Map();
    const deregistrations = [];
    const stageRefs = [];
    let deprecated;
    let lastCounter = 0;
    for (const ref of refs) {
        const tag = (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRegistryTag */ .$5)(ref.name);
        if (tag === undefined || tag.model !== model)
            continue;
        if ('counter' in tag && tag.counter !== undefined)
            lastCounter = Math.max(lastCounter, tag.counter);
        switch (tag.kind) {
            case 'version': {
                const semver = (0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .parseVersion */ .ot)(tag.version);
                if (semver === undefined)
                    break;
                versions.set(tag.version, {
                    model,
                    version: tag.version,
                    semver,
                    tag: ref.name,
                    claimedAt: ref.createdAt,
                    ...(ref.commit === undefined ? {} : { commit: ref.commit }),
                    ...authorOf(ref.metadata),
                    complete: publishedBundles.has(ref.name)
                });
                break;
            }
            case 'deregistration':
                deregistrations.push({ version: tag.version, event: registryEventOf(ref) });
                break;
            case 'deprecation':
                if (deprecated === undefined || ref.createdAt < deprecated.at)
                    deprecated = registryEventOf(ref);
                break;
            case 'assignment':
            case 'unassignment':
                stageRefs.push({ ref, tag, unassign: tag.kind === 'unassignment' });
                break;
        }
    }
    for (const { version, event } of deregistrations) {
        const target = versions.get(version);
        if (target !== undefined && target.deregistered === undefined)
            target.deregistered = event;
    }
    const versionList = [...versions.values()].sort((a, b) => (0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .compareVersions */ .Zy)(a.semver, b.semver));
    const stageEvents = stageRefs
        .map(({ ref, tag, unassign }) => {
        const version = stringField(ref.metadata, 'version') ?? versionAtCommit(versionList, ref.commit);
        return {
            model,
            stage: tag.stage,
            action: unassign ? 'unassign' : 'assign',
            ...(version === undefined ? {} : { version }),
            ...(tag.counter === undefined ? {} : { counter: tag.counter }),
            ...registryEventOf(ref)
        };
    })
        .sort(compareStageEvents);
    return {
        model,
        versions: versionList,
        stageEvents,
        ...(deprecated === undefined ? {} : { deprecated }),
        lastCounter
    };
}
/**
 * History order of stage events: by counter (GTO's simple tags, without one, count as 0), then
 * creation time, then assignments before unassignments, then tag name. Two writers that raced
 * for the same counter on different tags still get one deterministic order.
 */
function compareStageEvents(a, b) {
    return ((a.counter ?? 0) - (b.counter ?? 0) ||
        Date.parse(a.at) - Date.parse(b.at) ||
        (a.action === b.action ? 0 : a.action === 'assign' ? -1 : 1) ||
        (0,_store_store_names_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCodeUnits */ .UF)(a.tag, b.tag));
}
/**
 * The assignment in effect for a stage: the last assignment, unless a later unassignment removed
 * that version from the stage. Undefined when the stage is empty.
 */
function currentAssignment(state, stage) {
    let current;
    for (const event of state.stageEvents) {
        if (event.stage !== stage)
            continue;
        if (event.action === 'assign')
            current = event;
        else if (current !== undefined &&
            (event.version === undefined || event.version === current.version)) {
            current = undefined;
        }
    }
    return current;
}
/** Stages that appear in the model's history, in order of first use. */
function stagesInUse(state) {
    return [...new Set(state.stageEvents.map((event) => event.stage))];
}
/** The highest complete, not deregistered version. */
function latestVersion(state) {
    return state.versions.filter(isUsable).at(-1);
}
/** True when a version can be resolved and assigned: complete and not deregistered. */
function isUsable(version) {
    return version.complete && version.deregistered === undefined;
}
/** True when two run identities are the same workflow run, attempt and job. */
function sameRun(a, b) {
    return (a !== undefined &&
        b !== undefined &&
        a.id === b.id &&
        a.attempt === b.attempt &&
        (a.job ?? '') === (b.job ?? ''));
}
/** The metadata fields that record who did something, for a claim. */
function authorMetadata(author, reason) {
    const metadata = {};
    if (author.actor !== undefined)
        metadata.actor = author.actor;
    if (author.run !== undefined) {
        const run = { id: author.run.id, attempt: author.run.attempt };
        if (author.run.job !== undefined)
            run.job = author.run.job;
        if (author.run.workflow !== undefined)
            run.workflow = author.run.workflow;
        metadata.run = run;
    }
    if (reason !== undefined)
        metadata.reason = reason;
    return metadata;
}
/** The event a registry tag records: its tag, store time, author and reason. */
function registryEventOf(ref) {
    const reason = stringField(ref.metadata, 'reason');
    return {
        tag: ref.name,
        at: ref.createdAt,
        ...authorOf(ref.metadata),
        ...(reason === undefined ? {} : { reason })
    };
}
/** Reads `actor` and `run` back from claim metadata; foreign tags may have neither. */
function authorOf(metadata) {
    const actor = stringField(metadata, 'actor');
    const run = runOf(metadata.run);
    return { ...(actor === undefined ? {} : { actor }), ...(run === undefined ? {} : { run }) };
}
function runOf(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return undefined;
    const id = value.id;
    const attempt = value.attempt;
    if (typeof id !== 'string' || typeof attempt !== 'number')
        return undefined;
    const job = stringField(value, 'job');
    const workflow = stringField(value, 'workflow');
    return {
        id,
        attempt,
        ...(job === undefined ? {} : { job }),
        ...(workflow === undefined ? {} : { workflow })
    };
}
/** GTO's own assignment tags carry no version: it is the version registered at the same commit. */
function versionAtCommit(versions, commit) {
    if (commit === undefined)
        return undefined;
    return versions.find((version) => version.commit === commit)?.version;
}
function stringField(metadata, key) {
    const value = metadata[key];
    return typeof value === 'string' ? value : undefined;
}


/***/ }),

/***/ 36978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ bumpVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   eU: () => (/* binding */ requireVersion),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   qh: () => (/* binding */ formatVersion)
/* harmony export */ });
/* unused harmony export VERSION_BUMPS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

const VERSION_BUMPS = (/* unused pure expression or super */ null && (['patch', 'minor', 'major']));
const VERSION_PATTERN = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
/** Parses `v1.2.3` exactly (leading zeros refused, as semver does); undefined otherwise. */
function parseVersion(text) {
    const match = VERSION_PATTERN.exec(text);
    if (!match)
        return undefined;
    const [major, minor, patch] = [match[1], match[2], match[3]].map(Number);
    if (![major, minor, patch].every(Number.isSafeInteger))
        return undefined;
    return { major, minor, patch };
}
/**
 * Reads a version a user typed (`1.2.3` or `v1.2.3`); UsageError naming `what` otherwise.
 */
function requireVersion(text, what) {
    const trimmed = text.trim();
    const version = parseVersion(trimmed.startsWith('v') ? trimmed : `v${trimmed}`);
    if (version === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} ${JSON.stringify(text)} is not a version: expected v<MAJOR>.<MINOR>.<PATCH>, ` +
            'e.g. v1.4.0, with no leading zeros.');
    }
    return version;
}
function formatVersion(version) {
    return `v${version.major}.${version.minor}.${version.patch}`;
}
/** Semver precedence: negative when a < b. */
function compareVersions(a, b) {
    return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
/**
 * The next version after `current`. From nothing, a bump applies to v0.0.0, so the default
 * (patch) gives v0.0.1 like GTO's first registration; minor gives v0.1.0 and major v1.0.0.
 * Bumping resets the lower parts (v1.4.2 minor -> v1.5.0).
 */
function bumpVersion(current, bump) {
    const base = current ?? { major: 0, minor: 0, patch: 0 };
    switch (bump) {
        case 'major':
            return { major: base.major + 1, minor: 0, patch: 0 };
        case 'minor':
            return { major: base.major, minor: base.minor + 1, patch: 0 };
        case 'patch':
            return { major: base.major, minor: base.minor, patch: base.patch + 1 };
    }
}


/***/ }),

/***/ 74309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ ConflictError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * A write that would change something already stored: the same bundle name, record key or claim
 * with different content. Stored items are immutable (DESIGN.md §3), so the second writer is told
 * instead of overwriting; an idempotent re-run that writes identical content never sees this.
 */
class ConflictError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB {
    name = 'ConflictError';
}


/***/ })

};
