export const id = 3974;
export const ids = [3974,8805];
export const modules = {

/***/ 54754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inputs: () => (/* binding */ inputs),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./shared/adapters/action-step.ts
var action_step = __webpack_require__(70540);
// EXTERNAL MODULE: ./shared/adapters/action-report.ts
var action_report = __webpack_require__(11152);
// EXTERNAL MODULE: ./shared/adapters/clock.ts
var adapters_clock = __webpack_require__(85133);
// EXTERNAL MODULE: ./shared/adapters/github-client.ts + 1 modules
var github_client = __webpack_require__(95533);
// EXTERNAL MODULE: ./shared/adapters/html-artifact.ts
var html_artifact = __webpack_require__(2981);
// EXTERNAL MODULE: ./shared/adapters/open-store.ts + 12 modules
var open_store = __webpack_require__(41839);
// EXTERNAL MODULE: ./shared/adapters/project-config.ts
var project_config = __webpack_require__(33701);
// EXTERNAL MODULE: ./shared/adapters/run-provenance.ts
var run_provenance = __webpack_require__(39572);
// EXTERNAL MODULE: ./shared/adapters/user-files.ts
var user_files = __webpack_require__(24574);
// EXTERNAL MODULE: ./shared/adapters/workflow-context.ts
var workflow_context = __webpack_require__(93324);
// EXTERNAL MODULE: ./shared/deploy/deploy-config.ts
var deploy_config = __webpack_require__(37136);
// EXTERNAL MODULE: ./shared/deploy/run-key.ts
var run_key = __webpack_require__(92479);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/html-report/deploy-sections.ts
var deploy_sections = __webpack_require__(57533);
// EXTERNAL MODULE: ./shared/deploy/approval-request.ts
var approval_request = __webpack_require__(2813);
// EXTERNAL MODULE: ./shared/deploy/approval-tally.ts
var approval_tally = __webpack_require__(74974);
// EXTERNAL MODULE: ./shared/deploy/approval-policy.ts
var approval_policy = __webpack_require__(75244);
// EXTERNAL MODULE: ./shared/adapters/pr-comment.ts
var pr_comment = __webpack_require__(38805);
;// CONCATENATED MODULE: ./shared/adapters/approval-issue.ts

/**
 * The GitHub side of issue-based approval: the approval issue (label `tollgate:approval`, a hidden
 * marker with the request id), its comments as votes, who may vote, and closing it with the
 * outcome. Counting and deciding are pure (deploy/approval-tally.ts); this file only talks to
 * GitHub.
 */
const APPROVAL_LABEL = 'tollgate:approval';
const MARKER = /<!-- tollgate:approval-request ([a-z0-9-]+) ([A-Za-z0-9._-]+) -->/;
/** The hidden line that ties an issue to its stored request (model, then request id). */
function approvalMarker(model, requestId) {
    return `<!-- tollgate:approval-request ${model} ${requestId} -->`;
}
/** The model and request id an issue body carries, or undefined. */
function requestOf(body) {
    const match = body === null || body === undefined ? null : MARKER.exec(body);
    return match === null ? undefined : { model: match[1], id: match[2] };
}
/** Open approval issues (label `tollgate:approval`), newest first. */
async function listOpenApprovalIssues(client, repository) {
    const issues = await client.paginate(client.rest.issues.listForRepo, {
        ...repository,
        state: 'open',
        labels: APPROVAL_LABEL,
        per_page: 100
    });
    return issues.filter((issue) => issue.pull_request === undefined).map(issueOf);
}
async function readApprovalIssue(client, repository, number) {
    const { data } = await client.rest.issues.get({ ...repository, issue_number: number });
    return issueOf(data);
}
/** Opens an approval issue; the body must carry the request's marker. */
async function openApprovalIssue(client, repository, issue) {
    const { data } = await client.rest.issues.create({
        ...repository,
        title: issue.title,
        body: (0,pr_comment/* fitCommentBody */.N)(issue.body),
        labels: [APPROVAL_LABEL],
        ...(issue.assignees === undefined || issue.assignees.length === 0
            ? {}
            : { assignees: issue.assignees.slice(0, 10) })
    });
    return issueOf(data);
}
/** Every comment of an issue, as votes to count. */
async function listApprovalComments(client, repository, number) {
    const comments = await client.paginate(client.rest.issues.listComments, {
        ...repository,
        issue_number: number,
        per_page: 100
    });
    return comments.map((comment) => ({
        id: comment.id,
        login: comment.user?.login ?? '',
        body: comment.body ?? '',
        createdAt: comment.created_at,
        updatedAt: comment.updated_at,
        isBot: comment.user?.type === 'Bot'
    }));
}
/** Adds a comment, then closes the issue: `completed` when the deployment went ahead, else `not_planned`. */
async function closeApprovalIssue(client, repository, number, outcome) {
    await client.rest.issues.createComment({
        ...repository,
        issue_number: number,
        body: (0,pr_comment/* fitCommentBody */.N)(outcome.comment)
    });
    await client.rest.issues.update({
        ...repository,
        issue_number: number,
        state: 'closed',
        state_reason: outcome.completed ? 'completed' : 'not_planned'
    });
}
/** Adds a comment to an approval issue (e.g. the tally so far). */
async function commentOnApprovalIssue(client, repository, number, body) {
    await client.rest.issues.createComment({
        ...repository,
        issue_number: number,
        body: (0,pr_comment/* fitCommentBody */.N)(body)
    });
}
/**
 * Who may vote, for each login asked about: listed users; active members of listed teams
 * (`GET /orgs/{org}/teams/{team}/memberships/{user}`); with no list at all, anyone with write
 * access to the repository. A lookup that GitHub answers with 404 means "no".
 */
async function resolveEligibility(client, repository, policy, logins) {
    const result = new Map();
    for (const login of new Set(logins.map((name) => name.toLowerCase()))) {
        if (policy.users.includes(login)) {
            result.set(login, true);
            continue;
        }
        let allowed = false;
        for (const team of policy.teams) {
            if (await isActiveTeamMember(client, team.org, team.slug, login)) {
                allowed = true;
                break;
            }
        }
        if (!allowed && policy.users.length === 0 && policy.teams.length === 0) {
            allowed = await hasWriteAccess(client, repository, login);
        }
        result.set(login, allowed);
    }
    return result;
}
async function isActiveTeamMember(client, org, slug, login) {
    try {
        const { data } = await client.rest.teams.getMembershipForUserInOrg({
            org,
            team_slug: slug,
            username: login
        });
        return data.state === 'active';
    }
    catch (error) {
        if (error.status === 404)
            return false;
        throw error;
    }
}
async function hasWriteAccess(client, repository, login) {
    try {
        const { data } = await client.rest.repos.getCollaboratorPermissionLevel({
            ...repository,
            username: login
        });
        return (data.permission === 'admin' || data.permission === 'write' || data.permission === 'maintain');
    }
    catch (error) {
        if (error.status === 404)
            return false;
        throw error;
    }
}
function issueOf(data) {
    const request = requestOf(data.body);
    return {
        number: data.number,
        url: data.html_url,
        state: data.state === 'closed' ? 'closed' : 'open',
        ...(request === undefined ? {} : { request }),
        labels: data.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? '')))
    };
}

// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(46682);
;// CONCATENATED MODULE: ./shared/report/deploy-approval-issue.ts

/**
 * The text of an approval issue and of the comments deploy adds to it. The issue carries the
 * evidence, so whoever approves sees the gate verdict, the promotion checks and the other
 * reports without leaving the page. Approvers listed in the configuration are @-mentioned on
 * purpose (they are validated logins and team names, not data) so GitHub notifies them.
 */
/** Title of the approval issue. */
function approvalIssueTitle(request) {
    return `Approve deployment of ${request.model} ${request.version} to ${request.environment}`;
}
/** Body of the approval issue: what, who asked, how to vote, by when, and the evidence. */
function approvalIssueBody(request, marker, evidence) {
    const mentions = request.approvers.map((entry) => entry.includes('/') ? (entry.startsWith('@') ? entry : `@${entry}`) : `@${entry}`);
    const runLink = request.run.url === undefined
        ? `run ${request.run.id}`
        : `[run ${request.run.id}](${request.run.url})`;
    return [
        marker,
        `## Deploy ${(0,report_escape/* codeSpan */.SS)(request.model)} ${request.version} to ${(0,report_escape/* codeSpan */.SS)(request.environment)}?`,
        '',
        `Requested by ${(0,report_escape/* codeSpan */.SS)(request.initiator)} in ${runLink} at ${request.requestedAt}.`,
        '',
        `- **To approve**, comment ${(0,report_escape/* codeSpan */.SS)('/approve')}. **To deny**, comment ${(0,report_escape/* codeSpan */.SS)('/deny')} followed by a reason.`,
        `- ${request.required} distinct approval${request.required === 1 ? '' : 's'} needed` +
            (mentions.length === 0
                ? ' from anyone with write access to the repository'
                : ` from ${mentions.join(' ')}`) +
            (request.allowInitiator ? '.' : '; the requester’s own approval does not count.'),
        '- One `/deny` from an allowed approver denies the request. Each person’s latest command counts; edited comments are ignored.',
        `- The request expires at ${request.expiresAt}; later comments are ignored.`,
        '',
        evidence
    ].join('\n');
}
/** A short reply on the issue after a vote: the tally so far, and why a command did not count. */
function approvalProgressComment(tally, commentId) {
    const lines = [];
    const ignored = tally.ignored.find((entry) => entry.commentId === commentId);
    if (ignored !== undefined) {
        lines.push(`${(0,report_escape/* codeSpan */.SS)(`/${ignored.kind}`)} from ${(0,report_escape/* codeSpan */.SS)(ignored.login)} does not count: ${(0,report_escape/* escapeMarkdown */.FV)(ignored.reason, 200)}.`);
    }
    const who = tally.approvals.map((vote) => (0,report_escape/* codeSpan */.SS)(vote.login)).join(', ');
    lines.push(`Approvals so far: ${tally.approvals.length} of ${tally.required}${who === '' ? '' : ` (${who})`}.`);
    return lines.join('\n\n');
}
/** The closing comment: what was decided and what the deployment did. */
function approvalOutcomeComment(outcome, tally, runUrl) {
    const approvers = tally.approvals.map((vote) => (0,report_escape/* codeSpan */.SS)(vote.login)).join(', ');
    const deniers = tally.denials
        .map((vote) => `${(0,report_escape/* codeSpan */.SS)(vote.login)}${vote.reason === undefined ? '' : ` (${(0,report_escape/* escapeMarkdown */.FV)(vote.reason, 200)})`}`)
        .join(', ');
    return [
        (0,report_escape/* escapeMarkdown */.FV)(outcome, 1000),
        '',
        ...(approvers === '' ? [] : [`Approved by ${approvers}.`]),
        ...(deniers === '' ? [] : [`Denied by ${deniers}.`]),
        ...(runUrl === undefined ? [] : [`Run: ${runUrl}`])
    ].join('\n');
}

// EXTERNAL MODULE: ./shared/operations/deploy-approval.ts
var deploy_approval = __webpack_require__(56636);
// EXTERNAL MODULE: ./shared/operations/deploy-record-store.ts
var deploy_record_store = __webpack_require__(96650);
;// CONCATENATED MODULE: ./shared/operations/deploy-issue-approval.ts









/**
 * Issue-based approval on GitHub: the run that needs approval opens an issue with the evidence
 * and ends (no runner minutes while people decide); a workflow on `issue_comment` runs deploy
 * again, which counts the `/approve` and `/deny` comments and acts on the decision once. The
 * request itself lives in the store, so editing the issue text cannot change what is deployed,
 * to where, or who may approve.
 */
class IssueApprovalChannel {
    client;
    repository;
    store;
    triggerCommentId;
    via = 'issue';
    constructor(client, repository, store, 
    /** The comment that started this run (issue_comment events): answered with the tally. */
    triggerCommentId) {
        this.client = client;
        this.repository = repository;
        this.store = store;
        this.triggerCommentId = triggerCommentId;
    }
    async open(opening) {
        const issues = await listOpenApprovalIssues(this.client, this.repository);
        const ownId = (0,approval_request/* approvalRequestId */.Sr)(opening.environment, opening.version, (0,run_key/* runKey */.r7)(opening.run));
        for (const issue of issues) {
            if (issue.request?.model !== opening.model)
                continue;
            const stored = await (0,deploy_record_store/* readApprovalRequest */.H)(this.store, opening.model, issue.request.id);
            if (stored === undefined) {
                if (issue.request.id !== ownId)
                    continue;
                // This run opened the issue and stopped before storing the request: store it now.
                const request = await (0,deploy_record_store/* saveApprovalRequest */.S4)(this.store, (0,deploy_approval/* newApprovalRequest */.NT)(opening, 'issue', issue.number));
                return this.count(request, opening.run, opening.now, true, issue.url);
            }
            const undecided = (await (0,deploy_record_store/* readApprovalDecision */.UH)(this.store, opening.model, stored.id)) === undefined;
            if (stored.version === opening.version &&
                stored.environment === opening.environment &&
                stored.issue === issue.number &&
                undecided &&
                (0,deploy_approval/* isOpenRequest */.g2)(stored, opening.now)) {
                return this.count(stored, opening.run, opening.now, false, issue.url);
            }
        }
        const draft = (0,deploy_approval/* newApprovalRequest */.NT)(opening, 'issue');
        const issue = await openApprovalIssue(this.client, this.repository, {
            title: approvalIssueTitle(draft),
            body: approvalIssueBody(draft, approvalMarker(draft.model, draft.id), opening.evidence),
            assignees: opening.policy.users
        });
        const request = await (0,deploy_record_store/* saveApprovalRequest */.S4)(this.store, { ...draft, issue: issue.number });
        return this.count(request, opening.run, opening.now, true, issue.url);
    }
    async check(request, run, now) {
        const url = request.issue === undefined
            ? undefined
            : (await readApprovalIssue(this.client, this.repository, request.issue)).url;
        return this.count(request, run, now, false, url);
    }
    async finish(status, outcome) {
        if (status.request.issue === undefined)
            return;
        await closeApprovalIssue(this.client, this.repository, status.request.issue, {
            comment: approvalOutcomeComment(outcome.message, status.tally, outcome.runUrl),
            completed: outcome.completed
        });
    }
    /**
     * The stored request an approval issue stands for (the run a comment started). The issue must
     * carry the approval label and a marker, and the stored request must name the same issue.
     */
    async requestFromIssue(number) {
        const issue = await readApprovalIssue(this.client, this.repository, number);
        if (!issue.labels.includes(APPROVAL_LABEL) || issue.request === undefined)
            return undefined;
        const request = await (0,deploy_record_store/* readApprovalRequest */.H)(this.store, issue.request.model, issue.request.id);
        if (request === undefined) {
            throw new errors/* UsageError */.eb(`Approval issue #${number} names request ${issue.request.id}, which is not in ${this.store.location}. ` +
                'Issue-based approval needs a store that outlives the run (the GitHub store, or a directory the workflow keeps).');
        }
        if (request.issue !== number) {
            throw new errors/* UsageError */.eb(`Approval issue #${number} does not match its stored request ${request.id} (issue #${request.issue ?? 'none'}).`);
        }
        return request;
    }
    /**
     * Requests whose time ran out without a decision: open approval issues whose stored request is
     * past its expiry and whose votes never reached a decision. A scheduled run resumes each, so
     * stale issues close themselves even when nobody comments again.
     */
    async expiredRequests(now) {
        const expired = [];
        for (const issue of await listOpenApprovalIssues(this.client, this.repository)) {
            if (issue.request === undefined)
                continue;
            const request = await (0,deploy_record_store/* readApprovalRequest */.H)(this.store, issue.request.model, issue.request.id);
            if (request === undefined || request.issue !== issue.number || (0,deploy_approval/* isOpenRequest */.g2)(request, now)) {
                continue;
            }
            if ((await (0,deploy_record_store/* readApprovalDecision */.UH)(this.store, request.model, request.id)) !== undefined)
                continue;
            if ((await this.tallyOf(request, now)).tally.state === 'expired')
                expired.push(request);
        }
        return expired;
    }
    /** The votes on a request's issue, counted (nothing is claimed or written). */
    async tallyOf(request, now) {
        const number = request.issue;
        if (number === undefined)
            throw new Error(`approval request ${request.id} has no issue`);
        const comments = await listApprovalComments(this.client, this.repository, number);
        const voters = comments
            .filter((comment) => (0,approval_tally/* parseApprovalCommand */.Y)(comment.body) !== undefined)
            .map((comment) => comment.login);
        const policy = (0,approval_policy/* parseApprovers */.CR)(request.approvers, `approvers of request ${request.id}`);
        const eligibility = await resolveEligibility(this.client, this.repository, policy, voters);
        const tally = (0,approval_tally/* tallyApprovals */.B)((0,deploy_approval/* tallyRequestOf */.hx)(request), comments, (login) => eligibility.get(login) === true, now);
        return { tally, comments, number };
    }
    async count(request, run, now, opened, url) {
        const { tally, comments, number } = await this.tallyOf(request, now);
        const status = await (0,deploy_approval/* settleApproval */.jt)(this.store, request, tally, run, {
            opened,
            ...(url === undefined ? {} : { url })
        });
        const trigger = comments.find((comment) => comment.id === this.triggerCommentId);
        if (status.state === 'pending' &&
            trigger !== undefined &&
            (0,approval_tally/* parseApprovalCommand */.Y)(trigger.body) !== undefined) {
            await commentOnApprovalIssue(this.client, this.repository, number, approvalProgressComment(tally, trigger.id));
        }
        return status;
    }
}

// EXTERNAL MODULE: ./shared/operations/deploy-effects.ts + 2 modules
var deploy_effects = __webpack_require__(23169);
// EXTERNAL MODULE: ./shared/operations/deploy-evidence.ts
var deploy_evidence = __webpack_require__(65510);
// EXTERNAL MODULE: ./shared/operations/deploy-model.ts + 1 modules
var deploy_model = __webpack_require__(13994);
// EXTERNAL MODULE: ./shared/operations/deploy-options.ts
var deploy_options = __webpack_require__(74913);
// EXTERNAL MODULE: ./shared/report/deploy-summary.ts
var deploy_summary = __webpack_require__(79711);
;// CONCATENATED MODULE: ./actions/deploy/main.ts

























/** The inputs this action reads (checked against action.yml by the metadata test). */
const inputs = deploy_options/* deployOptions */.aq;
/**
 * deploy: promote a registry version to an environment behind the promotion policy and approval,
 * inside a GitHub Deployment; roll back on a failing step. Three triggers:
 * - any event with name/version/environment: deploy (or open an approval request and end);
 * - `issue_comment` on an approval issue: count the votes of that request and act on a decision;
 * - `schedule` without a name: close approval requests whose time ran out.
 */
async function run() {
    await (0,action_step/* runActionStep */.y)('deploy', async () => {
        const options = (0,action_step/* actionOptions */.R)(deploy_options/* deployOptions */.aq);
        const context = (0,workflow_context/* readWorkflowContext */.F)();
        const now = (0,adapters_clock/* nowFromEnvironment */.g)();
        const pinned = process.env.TOLLGATE_NOW !== undefined && process.env.TOLLGATE_NOW !== '';
        const clock = () => (pinned ? now : Date.now());
        const token = options.requiredString('token');
        const client = (0,github_client.createGitHubClient)(token);
        const repository = (0,github_client.currentRepository)();
        const project = (0,project_config/* loadProjectConfig */.WM)();
        const store = await (0,open_store/* openStore */.C)({ store: options.string('store'), token, defaultStore: 'github' });
        const url = (0,workflow_context/* runUrl */.V)(context);
        const run = (0,run_key/* runIdentityOf */.Zi)(context, now, url);
        const commentId = context.payload.comment?.id;
        const channel = new IssueApprovalChannel(client, repository, store, context.eventName === 'issue_comment' ? commentId : undefined);
        const deploy = async (target, resume) => {
            const config = (0,deploy_options/* applyDeployOverrides */.vz)((0,deploy_config/* environmentDeployConfig */.J)(project.section('deploy'), target.environment), options);
            return (0,deploy_model/* deployModel */.VR)({
                ...target,
                store,
                registryConfig: project.registry,
                config,
                initiator: context.actor === '' ? 'github-actions' : context.actor,
                run,
                now: clock,
                approval: channel,
                ...(resume === undefined ? {} : { resume }),
                tracker: (0,deploy_effects/* githubDeploymentTracker */.ND)(client, repository, {
                    ref: context.sha,
                    ...(url === undefined ? {} : { logUrl: url }),
                    ...(config.url === undefined ? {} : { environmentUrl: config.url })
                }),
                step: (0,deploy_effects/* configuredStep */.Zd)(config, process.cwd(), (text) => process.stdout.write(text)),
                workDir: (0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'tollgate', `deploy-${(0,run_key/* runKey */.r7)(run)}`),
                lineage: (0,run_provenance/* lineageContextFor */.I7)('deploy', context.sha === '' ? {} : { commit: context.sha }),
                dryRun: options.boolean('dry-run') === true,
                evidenceReports: (0,deploy_evidence/* readEvidenceReports */.V)(options.list('evidence'), process.cwd()),
                ...(options.string('reason') === undefined ? {} : { reason: options.string('reason') })
            });
        };
        const reportPath = options.string('report-path') ?? (0,action_report/* defaultReportPath */.j)('deploy', 'report');
        const html = { enabled: options.boolean('html-report') === true, store };
        if (context.eventName === 'issue_comment') {
            const issue = context.payload.issue;
            const request = issue?.number === undefined || issue.pull_request !== undefined
                ? undefined
                : await channel.requestFromIssue(issue.number);
            if (request === undefined) {
                core/* info */.pq('deploy: this comment is not on a Tollgate approval issue; nothing to do.');
                setOutputs(undefined, '');
                return;
            }
            await finish(await deploy(request, request), reportPath, html);
            return;
        }
        if (context.eventName === 'schedule' && !options.has('name')) {
            const expired = await channel.expiredRequests(clock());
            const reports = [];
            for (const request of expired)
                reports.push(await deploy(request, request));
            (0,user_files/* writeJsonFile */.An)(reportPath, { expired: reports });
            setOutputs(undefined, reportPath);
            for (const report of reports)
                await (0,action_report/* writeJobSummary */.C)((0,deploy_summary/* deploySummaryMarkdown */.Nz)(report));
            core/* info */.pq(`deploy: closed ${reports.length} expired approval request(s).`);
            return;
        }
        await finish(await deploy({
            model: required(options.string('name'), 'name'),
            version: required(options.string('version'), 'version'),
            environment: required(options.string('environment'), 'environment')
        }), reportPath, html);
    });
}
async function finish(report, reportPath, html) {
    (0,user_files/* writeJsonFile */.An)(reportPath, report);
    setOutputs(report, reportPath);
    const page = html.enabled ? await publishDeployHtml(report, html.store) : undefined;
    await (0,action_report/* writeJobSummary */.C)((0,deploy_summary/* deploySummaryMarkdown */.Nz)(report) + (page?.summary ? `\n${page.summary}` : ''));
    core/* info */.pq((0,report_escape/* escapeLog */.Ah)(`deploy: ${report.status} — ${report.message}`));
    if (!report.passed)
        core/* setFailed */.C1(`deploy: ${report.message}`);
}
/**
 * The HTML report of a deploy run with the model's deployment history read back from the store.
 * A history that cannot be read is a warning and the page is published without it.
 */
async function publishDeployHtml(report, store) {
    let history;
    try {
        history = await (0,deploy_record_store/* listDeployments */.Jn)(store, report.model);
    }
    catch (error) {
        core/* warning */.$e((0,report_escape/* escapeLog */.Ah)(`The deployment history of ${report.model} could not be read for the HTML report: ${(0,errors/* errorMessage */.gJ)(error)}`));
    }
    return (0,html_artifact/* publishHtmlReport */.Vp)((0,deploy_sections/* deployReportSections */.e2)(report, history === undefined ? {} : { history }), {
        title: `Tollgate deploy: ${report.model} to ${report.environment}`,
        status: (0,deploy_sections/* deployStatus */.a4)(report),
        generatedAt: report.generated_at
    }, { name: 'tollgate-deploy-report' });
}
function required(value, name) {
    if (value === undefined || value.trim() === '') {
        throw new errors/* UsageError */.eb(`Missing required input \`${name}\` (only a comment on an approval issue, or a scheduled sweep of expired requests, can leave it out).`);
    }
    return value.trim();
}
function setOutputs(report, reportPath) {
    const main = report?.deployment ?? null;
    const issue = report?.approval?.issue ?? null;
    core/* setOutput */.uH('status', report?.status ?? 'skipped');
    core/* setOutput */.uH('version', report?.version ?? '');
    core/* setOutput */.uH('previous-version', report?.previous_version ?? '');
    core/* setOutput */.uH('deployment-id', main?.githubDeployment === undefined ? '' : String(main.githubDeployment.id));
    core/* setOutput */.uH('approval-issue', issue === null ? '' : String(issue.number));
    core/* setOutput */.uH('report', reportPath);
}


/***/ }),

/***/ 11152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ writeJobSummary),
/* harmony export */   j: () => (/* binding */ defaultReportPath)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);



/** The runner's summary limit per step (actions/runner: 1024 KiB). */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;
/**
 * Where an action writes a report file when the user gave no path: under RUNNER_TEMP (unique per
 * job) so nothing lands in the repository's working tree.
 */
function defaultReportPath(action, kind) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'tollgate', `${action}-${kind}.json`);
}
/** Appends markdown to the job summary, cut to stay under the runner's 1 MiB limit. */
async function writeJobSummary(markdown) {
    if (process.env.GITHUB_STEP_SUMMARY === undefined || process.env.GITHUB_STEP_SUMMARY === '')
        return;
    let text = markdown;
    if (Buffer.byteLength(text) > SUMMARY_LIMIT_BYTES) {
        text = `${Buffer.from(text)
            .subarray(0, SUMMARY_LIMIT_BYTES)
            .toString('utf8')
            .replace(/\uFFFD$/, '')}\n\n_… cut to fit the 1 MiB job-summary limit; see the JSON report._\n`;
    }
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(text, true).write();
}


/***/ }),

/***/ 70540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ actionOptions),
/* harmony export */   y: () => (/* binding */ runActionStep)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);
/* harmony import */ var _options_option_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55739);



/** Options of an action, read from its `INPUT_*` variables via @actions/core. */
function actionOptions(table) {
    return new _options_option_table_js__WEBPACK_IMPORTED_MODULE_2__/* .Options */ .JY(table, {
        get: (name) => {
            const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
            return value === '' ? undefined : value;
        },
        describe: (name) => `input \`${name}\``
    });
}
/**
 * Runs an action body and turns whatever it throws into a failed step with one readable sentence
 * prefixed by the action's name (several Tollgate actions often share a job). Input errors that
 * know their file and line also become an annotation on that line. Stack traces are printed only
 * in debug mode (ACTIONS_STEP_DEBUG), where they help a maintainer and do not bury the message.
 */
async function runActionStep(actionName, body) {
    try {
        await body();
    }
    catch (error) {
        const message = `${actionName} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz && error.location.file !== undefined) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(error.detail, {
                title: `${actionName}: invalid input`,
                file: error.location.file,
                startLine: error.location.line,
                startColumn: error.location.column
            });
        }
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB) && error instanceof Error && error.stack !== undefined) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(error.stack);
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
    }
}


/***/ }),

/***/ 85133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ nowFromEnvironment)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * "Now" for checks that depend on time (freshness), normally the system clock. TOLLGATE_NOW (an
 * ISO 8601 time) pins it, so a CI result can be reproduced later on a laptop and tests are stable.
 */
function nowFromEnvironment(env = process.env) {
    const pinned = env.TOLLGATE_NOW;
    if (pinned === undefined || pinned === '')
        return Date.now();
    const value = Date.parse(pinned);
    if (Number.isNaN(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`TOLLGATE_NOW must be an ISO 8601 time, got ${JSON.stringify(pinned)}`);
    return value;
}


/***/ }),

/***/ 2981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vp: () => (/* binding */ publishHtmlReport)
/* harmony export */ });
/* unused harmony exports workflowRunFacts, uploadHtmlReport, artifactUrl, artifactBaseName, htmlReportSummaryMarkdown */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32635);
/* harmony import */ var _html_report_html_report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71200);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(46682);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(84402);
/* harmony import */ var _user_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(24574);
/* harmony import */ var _workflow_context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(93324);










/**
 * The one call an action makes: renders `sections` into the report (with the workflow run's
 * facts added to `meta`), writes and uploads it, and returns the job-summary line linking it.
 *
 * ```ts
 * const html = await publishHtmlReport(validateReportSections(report, profile), {
 *   title: 'Tollgate validate-data', status: validateStatus(report), generatedAt: report.generated_at
 * }, { name: 'tollgate-validate-data-report' })
 * await writeJobSummary(summary + html.summary)
 * ```
 */
async function publishHtmlReport(sections, meta, options) {
    const env = options.env ?? process.env;
    const html = (0,_html_report_html_report_js__WEBPACK_IMPORTED_MODULE_5__/* .renderHtmlReport */ .w4)(sections, {
        ...meta,
        toolVersion: meta.toolVersion ?? _version_js__WEBPACK_IMPORTED_MODULE_8__/* .TOLLGATE_VERSION */ .o,
        facts: [...(meta.facts ?? []), ...workflowRunFacts(env)]
    });
    const upload = await uploadHtmlReport(html, options);
    return { ...upload, summary: htmlReportSummaryMarkdown(upload) };
}
/**
 * Repository, workflow run, commit and event of the current run, for the report's header card.
 * URLs stay text: the report links nowhere.
 */
function workflowRunFacts(env = process.env) {
    const context = (0,_workflow_context_js__WEBPACK_IMPORTED_MODULE_7__/* .readWorkflowContext */ .F)(env);
    const facts = [];
    if (context.repository !== '')
        facts.push({ key: 'Repository', value: context.repository });
    const run = (0,_workflow_context_js__WEBPACK_IMPORTED_MODULE_7__/* .runUrl */ .V)(context);
    if (run !== undefined) {
        facts.push({ key: 'Workflow run', value: `${run} (attempt ${context.runAttempt})` });
    }
    if (context.workflow !== '')
        facts.push({ key: 'Workflow', value: context.workflow });
    if (context.sha !== '')
        facts.push({ key: 'Commit', value: context.sha.slice(0, 12) });
    if (context.eventName !== '')
        facts.push({ key: 'Event', value: context.eventName });
    if (context.pullRequestNumber !== undefined) {
        facts.push({ key: 'Pull request', value: `#${context.pullRequestNumber}` });
    }
    return facts;
}
/** Names tried when the base name is already taken in the run. */
const MAX_NAME_SUFFIX = 20;
/**
 * Writes the report and, in GitHub Actions, uploads it as a workflow artifact; returns where it
 * went, for the job summary (`htmlReportSummaryMarkdown`) and an output. Never throws for an
 * upload problem; a file-system error writing the report does throw.
 */
async function uploadHtmlReport(html, options) {
    const env = options.env ?? process.env;
    const base = artifactBaseName(options.name, env.GITHUB_RUN_ATTEMPT);
    const directory = options.directory ?? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'tollgate', 'html-report');
    let path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(directory, `${base}.html`);
    (0,_user_files_js__WEBPACK_IMPORTED_MODULE_6__/* .writeTextFile */ .Tl)(path, html);
    if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
        return { path, notUploaded: 'not running in GitHub Actions (no artifact runtime)' };
    }
    // Loaded only when uploading: the artifact client (Azure SDK) is most of a bundle's start-up.
    const client = options.client ?? new (await Promise.all(/* import() */[__webpack_require__.e(6913), __webpack_require__.e(8110), __webpack_require__.e(6518)]).then(__webpack_require__.bind(__webpack_require__, 56518))).DefaultArtifactClient();
    const uploadOptions = {
        skipArchive: true,
        ...(options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays })
    };
    for (let attempt = 1; attempt <= MAX_NAME_SUFFIX; attempt++) {
        const name = attempt === 1 ? base : `${base}-${attempt}`;
        if (attempt > 1) {
            const next = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(directory, `${name}.html`);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(path, next);
            path = next;
        }
        try {
            const uploaded = await client.uploadArtifact(`${name}.html`, [path], directory, uploadOptions);
            if (uploaded.id === undefined)
                throw new Error('the artifact service returned no artifact id');
            const url = artifactUrl(uploaded.id, env);
            return {
                path,
                artifact: { name: `${name}.html`, id: uploaded.id, ...(url === undefined ? {} : { url }) }
            };
        }
        catch (error) {
            const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error);
            if (/\b409\b|already exists/i.test(message) && attempt < MAX_NAME_SUFFIX)
                continue;
            const reason = `the HTML report could not be uploaded as an artifact: ${message}`;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeLog */ .Ah)(`${reason} It was written to ${path}.`));
            return { path, notUploaded: reason };
        }
    }
    // Unreachable: the last attempt returns from the catch block.
    return { path, notUploaded: 'every artifact name was taken' };
}
/** `<server>/<owner>/<repo>/actions/runs/<run id>/artifacts/<artifact id>`, the artifact's page. */
function artifactUrl(id, env = process.env) {
    const run = (0,_workflow_context_js__WEBPACK_IMPORTED_MODULE_7__/* .runUrl */ .V)((0,_workflow_context_js__WEBPACK_IMPORTED_MODULE_7__/* .readWorkflowContext */ .F)(env));
    return run === undefined ? undefined : `${run}/artifacts/${id}`;
}
/** The base name: allowed characters only, and the attempt for re-runs. */
function artifactBaseName(name, runAttempt) {
    const clean = name.replace(/[\\/":<>|*?\r\n]/g, '-').replace(/\.html?$/i, '') || 'tollgate-report';
    const attempt = Number(runAttempt ?? '1');
    return Number.isInteger(attempt) && attempt > 1 ? `${clean}-attempt-${attempt}` : clean;
}
/**
 * One markdown line for the job summary linking the uploaded report; empty when nothing was
 * uploaded (outside Actions there is no page to link, and a failure is already a warning).
 */
function htmlReportSummaryMarkdown(upload) {
    if (upload.artifact === undefined)
        return '';
    const name = (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)(upload.artifact.name, 200);
    const target = upload.artifact.url === undefined
        ? `artifact **${name}** of this run`
        : `[${name}](${upload.artifact.url})`;
    return `📊 **HTML report** with charts: ${target} (one self-contained page; it opens in the browser).\n`;
}


/***/ }),

/***/ 38805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ fitCommentBody),
/* harmony export */   upsertPullRequestComment: () => (/* binding */ upsertPullRequestComment)
/* harmony export */ });
/* unused harmony export COMMENT_BODY_LIMIT */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);


/** GitHub's limit on a comment body, in characters. */
const COMMENT_BODY_LIMIT = 65536;
/**
 * Creates or updates THE comment of one action on one PR: the body carries a hidden marker
 * (`<!-- tollgate:<key> -->`) and a later run edits that comment in place instead of adding a new
 * one per push. Returns the comment URL, or undefined when commenting was not possible (e.g. a
 * fork PR with a read-only token): that is a warning, never a failed check.
 */
async function upsertPullRequestComment(client, repository, issueNumber, key, body) {
    const marker = `<!-- tollgate:${key} -->`;
    const fullBody = fitCommentBody(`${marker}\n${body}`);
    try {
        const comments = await client.paginate(client.rest.issues.listComments, {
            ...repository,
            issue_number: issueNumber,
            per_page: 100
        });
        const existing = comments.find((comment) => comment.body?.startsWith(marker) === true);
        if (existing !== undefined) {
            const { data } = await client.rest.issues.updateComment({
                ...repository,
                comment_id: existing.id,
                body: fullBody
            });
            return data.html_url;
        }
        const { data } = await client.rest.issues.createComment({
            ...repository,
            issue_number: issueNumber,
            body: fullBody
        });
        return data.html_url;
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not write the pull-request comment (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}). The job summary has the full report.`);
        return undefined;
    }
}
/** Cuts a body to GitHub's limit at a line boundary, with a note where it was cut. */
function fitCommentBody(body) {
    if (body.length <= COMMENT_BODY_LIMIT)
        return body;
    const note = '\n\n_… cut to fit GitHub’s comment size limit; the job summary and the JSON report have everything._\n';
    const room = COMMENT_BODY_LIMIT - note.length;
    const cut = body.lastIndexOf('\n', room);
    // An unclosed code fence would swallow the note: close it.
    let kept = body.slice(0, cut > 0 ? cut : room);
    if ((kept.match(/^```/gm) ?? []).length % 2 === 1)
        kept += '\n```';
    return `${kept}${note}`;
}


/***/ }),

/***/ 39572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I7: () => (/* binding */ lineageContextFor),
/* harmony export */   WQ: () => (/* binding */ runtimeEnvironment),
/* harmony export */   iq: () => (/* binding */ codeVersion),
/* harmony export */   sN: () => (/* binding */ fileSha256),
/* harmony export */   tM: () => (/* binding */ workflowRun),
/* harmony export */   ti: () => (/* binding */ actorName)
/* harmony export */ });
/* unused harmony export lineageProducer */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84402);





/**
 * What a training or registration run records about where it ran, so a model version can be
 * traced back to the exact data bytes, code commit and machine that produced it (the issue's
 * "Tracks: … data digests, code commit, runner/OS/Node versions"). Everything here reads the
 * environment or the file system; callers pass `env` so tests can pin it.
 */
/** SHA-256 of a file's bytes, lower-case hex, read as a stream (the file may be gigabytes). */
async function fileSha256(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * The commit of the working tree at `cwd` (`git rev-parse HEAD`, plus whether tracked files were
 * modified), falling back to GITHUB_SHA when `cwd` is not a git checkout (e.g. a workflow that
 * skipped actions/checkout). A machine without git simply records no commit.
 */
function codeVersion(cwd, env = process.env) {
    const version = {};
    const head = git(['rev-parse', 'HEAD'], cwd);
    if (head !== undefined && /^[0-9a-f]{40,64}$/.test(head)) {
        version.commit = head;
        const status = git(['status', '--porcelain', '--untracked-files=no'], cwd);
        if (status !== undefined)
            version.dirty = status !== '';
    }
    else if (nonEmpty(env.GITHUB_SHA)) {
        version.commit = env.GITHUB_SHA;
    }
    if (nonEmpty(env.GITHUB_REF))
        version.ref = env.GITHUB_REF;
    else if (version.commit !== undefined && head !== undefined) {
        const branch = git(['rev-parse', '--abbrev-ref', 'HEAD'], cwd);
        if (branch !== undefined && branch !== 'HEAD')
            version.ref = branch;
    }
    if (nonEmpty(env.GITHUB_REPOSITORY))
        version.repository = env.GITHUB_REPOSITORY;
    return version;
}
function git(args, cwd) {
    try {
        const result = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', args, {
            cwd,
            encoding: 'utf8',
            timeout: 10_000,
            stdio: ['ignore', 'pipe', 'ignore']
        });
        return result.status === 0 ? result.stdout.trim() : undefined;
    }
    catch {
        return undefined;
    }
}
function runtimeEnvironment(env = process.env) {
    const runtime = {
        tollgate: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .TOLLGATE_VERSION */ .o,
        node: process.version,
        os: { platform: (0,node_os__WEBPACK_IMPORTED_MODULE_3__.platform)(), release: (0,node_os__WEBPACK_IMPORTED_MODULE_3__.release)(), arch: (0,node_os__WEBPACK_IMPORTED_MODULE_3__.arch)() }
    };
    if (env.GITHUB_ACTIONS === 'true') {
        const runner = {};
        if (nonEmpty(env.RUNNER_NAME))
            runner.name = env.RUNNER_NAME;
        if (nonEmpty(env.RUNNER_OS))
            runner.os = env.RUNNER_OS;
        if (nonEmpty(env.RUNNER_ARCH))
            runner.arch = env.RUNNER_ARCH;
        if (nonEmpty(env.RUNNER_ENVIRONMENT))
            runner.environment = env.RUNNER_ENVIRONMENT;
        runtime.runner = runner;
    }
    return runtime;
}
/**
 * The surrounding workflow run (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, GITHUB_JOB), which makes a
 * re-run of the same attempt write the same registry entry instead of a second one. Undefined on
 * a laptop: there every invocation is its own run, so two `tollgate register` calls give two
 * versions.
 */
function workflowRun(env = process.env) {
    if (!nonEmpty(env.GITHUB_RUN_ID))
        return undefined;
    const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
    const run = {
        id: env.GITHUB_RUN_ID,
        attempt: Number.isSafeInteger(attempt) && attempt >= 1 ? attempt : 1
    };
    if (nonEmpty(env.GITHUB_JOB))
        run.job = env.GITHUB_JOB;
    if (nonEmpty(env.GITHUB_WORKFLOW))
        run.workflow = env.GITHUB_WORKFLOW;
    return {
        run,
        ...(nonEmpty(env.GITHUB_ACTOR) ? { actor: env.GITHUB_ACTOR } : {}),
        ...(nonEmpty(env.GITHUB_REPOSITORY) ? { repository: env.GITHUB_REPOSITORY } : {}),
        serverUrl: nonEmpty(env.GITHUB_SERVER_URL) ? env.GITHUB_SERVER_URL : 'https://github.com'
    };
}
/**
 * The identity of the emitting software for OpenLineage's `producer`: the action's repository
 * and ref when GitHub says which ones are running (GITHUB_ACTION_REPOSITORY/REF), else a URN with
 * Tollgate's version.
 */
function lineageProducer(env = process.env) {
    if (nonEmpty(env.GITHUB_ACTION_REPOSITORY)) {
        const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
        const ref = nonEmpty(env.GITHUB_ACTION_REF) ? env.GITHUB_ACTION_REF : `v${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .TOLLGATE_VERSION */ .o}`;
        return `${server}/${env.GITHUB_ACTION_REPOSITORY}/tree/${ref}`;
    }
    return `urn:tollgate:v${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .TOLLGATE_VERSION */ .o}`;
}
/**
 * The lineage context of one execution of `action`: in a workflow, job namespace
 * `github://owner/repo` and the run id, attempt and job of the workflow (so a re-run of the same
 * attempt produces the same OpenLineage run id); on a laptop, namespace `local` and a fresh id per
 * invocation.
 */
function lineageContextFor(action, options = {}) {
    const env = options.env ?? process.env;
    const run = workflowRun(env);
    const context = {
        // Short enough to read in a lineage graph; 32 random bits keep local runs apart.
        workflowRunId: run?.run.id ?? `local-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)().slice(0, 8)}`,
        attempt: run?.run.attempt ?? 1,
        job: run?.run.job ?? '',
        action,
        producer: lineageProducer(env),
        namespace: run?.repository === undefined ? 'local' : `github://${run.repository}`
    };
    if (run?.run.workflow !== undefined)
        context.workflow = run.run.workflow;
    if (run?.repository !== undefined) {
        context.repository = run.repository;
        context.serverUrl = run.serverUrl;
    }
    if (options.commit !== undefined)
        context.commit = options.commit;
    return context;
}
function nonEmpty(value) {
    return value !== undefined && value.trim() !== '';
}
/**
 * Who is acting, for the registry's audit trail: the workflow's GITHUB_ACTOR in Actions, the
 * operating-system user on a laptop.
 */
function actorName(env = process.env) {
    const run = workflowRun(env);
    if (run?.actor !== undefined)
        return run.actor;
    try {
        const name = (0,node_os__WEBPACK_IMPORTED_MODULE_3__.userInfo)().username;
        return name === '' ? undefined : name;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 93324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ readWorkflowContext),
/* harmony export */   V: () => (/* binding */ runUrl)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

function readWorkflowContext(env = process.env) {
    let payload = {};
    const path = env.GITHUB_EVENT_PATH;
    if (path !== undefined && path !== '') {
        try {
            payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    const pullRequest = payload.pull_request;
    const issue = payload.issue;
    const pullRequestNumber = pullRequest?.number ?? (issue?.pull_request !== undefined ? issue.number : undefined);
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        pullRequestNumber,
        sha: env.GITHUB_SHA ?? '',
        runId: env.GITHUB_RUN_ID ?? 'local',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        workflow: env.GITHUB_WORKFLOW ?? '',
        job: env.GITHUB_JOB ?? '',
        actor: env.GITHUB_ACTOR ?? '',
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        repository: env.GITHUB_REPOSITORY ?? ''
    };
}
/** URL of the workflow run's page, for links in comments and issues. */
function runUrl(context) {
    if (context.repository === '' || context.runId === 'local')
        return undefined;
    return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`;
}


/***/ }),

/***/ 32635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   cs: () => (/* binding */ IntegrityError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   xB: () => (/* binding */ TollgateError)
/* harmony export */ });
/* unused harmony exports NotYetAvailableError, formatLocation, notYetAvailable */
/**
 * Errors a user can act on. Everything Tollgate rejects is one of these, so the CLI can map it
 * to exit code 2 and an action can fail its step with a sentence instead of a stack trace
 * (DESIGN.md §8). Anything else that escapes is a bug or an outage.
 */
/** Base class: carries the CLI exit code that the error maps to. */
class TollgateError extends Error {
    exitCode = 2;
}
/** A command-line option or action input is missing or malformed. */
class UsageError extends TollgateError {
    name = 'UsageError';
}
/** The content of a user file (data, checks, config, history) is malformed. */
class InputError extends TollgateError {
    name = 'InputError';
    location;
    detail;
    constructor(location, detail) {
        super(`${formatLocation(location)}: ${detail}`);
        this.location = location;
        this.detail = detail;
    }
}
/** A stored record failed its integrity check (sha256 mismatch, truncated or unparsable). */
class IntegrityError extends TollgateError {
    name = 'IntegrityError';
}
/** The named feature exists in the interface but is not built yet; never pretend to pass. */
class NotYetAvailableError extends (/* unused pure expression or super */ null && (TollgateError)) {
    name = 'NotYetAvailableError';
}
/**
 * Renders a location as `file:line:column (row N, column "x")`, the compiler-style prefix that
 * editors and GitHub annotations understand, followed by the table coordinates when known.
 */
function formatLocation(location) {
    let text = location.file ?? '<input>';
    if (location.line !== undefined) {
        text += `:${location.line}`;
        if (location.column !== undefined)
            text += `:${location.column}`;
    }
    const extra = [];
    if (location.row !== undefined)
        extra.push(`row ${location.row}`);
    if (location.field !== undefined)
        extra.push(`column ${JSON.stringify(location.field)}`);
    if (extra.length > 0)
        text += ` (${extra.join(', ')})`;
    return text;
}
/** Normalises anything thrown into a message string. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
/** Exit code for anything thrown: 2 for user errors, 70 (EX_SOFTWARE) for bugs and outages. */
function exitCodeFor(error) {
    return error instanceof TollgateError ? error.exitCode : 70;
}
/** The error an action or command that is declared but not built yet fails with. */
function notYetAvailable(feature) {
    return new NotYetAvailableError(`${feature} is not yet available in this version of Tollgate. The interface is published so ` +
        'workflows can be prepared, but the step fails rather than pretend to pass.');
}


/***/ }),

/***/ 57533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a4: () => (/* binding */ deployStatus),
/* harmony export */   e2: () => (/* binding */ deployReportSections)
/* harmony export */ });
/* unused harmony export deploymentHistorySection */
/* harmony import */ var _display_number_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69755);
/* harmony import */ var _html_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88839);
/* harmony import */ var _key_value_card_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52587);
/* harmony import */ var _markup_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78643);
/* harmony import */ var _status_badge_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52111);





/**
 * The deploy part of an HTML report: what a deploy run did (status, versions, approval,
 * promotion checks, the deployment and rollback records, the evidence it weighed), and the
 * deployment history of a model as a table, newest first, from the stored deployment records.
 */
const STATUS_BADGES = {
    success: { tone: 'pass', text: 'deployed' },
    failure: { tone: 'fail', text: 'failed' },
    'rolled-back': { tone: 'fail', text: 'failed, rolled back' },
    'awaiting-approval': { tone: 'info', text: 'awaiting approval' },
    denied: { tone: 'fail', text: 'denied' },
    expired: { tone: 'warn', text: 'approval expired' },
    blocked: { tone: 'fail', text: 'blocked by policy' },
    planned: { tone: 'info', text: 'planned (dry run)' },
    skipped: { tone: 'neutral', text: 'skipped' }
};
const OUTCOME_BADGES = {
    success: { tone: 'pass', text: 'success' },
    failure: { tone: 'fail', text: 'failure' },
    'rolled-back': { tone: 'warn', text: 'rolled back' },
    denied: { tone: 'fail', text: 'denied' },
    expired: { tone: 'warn', text: 'expired' }
};
/** The outcome of a deploy report as a badge. */
function deployStatus(report) {
    return STATUS_BADGES[report.status];
}
/** Sections for one deploy run (plus the history when the caller has the records). */
function deployReportSections(report, options = {}) {
    const prefix = options.idPrefix ?? 'deploy';
    const sections = [runSection(report, `${prefix}-run`)];
    if (options.history !== undefined) {
        sections.push(deploymentHistorySection(options.history, { id: `${prefix}-history`, model: report.model }));
    }
    return sections;
}
function runSection(report, id) {
    const facts = [
        { key: 'Model', value: (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(report.model) },
        { key: 'Version', value: report.version === null ? '—' : (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(report.version) },
        { key: 'Environment', value: (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(report.environment) },
        {
            key: 'Previous version',
            value: report.previous_version === null ? 'none' : (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(report.previous_version)
        },
        { key: 'Generated', value: report.generated_at }
    ];
    const approval = report.approval;
    if (approval !== null) {
        facts.push({
            key: 'Approval',
            value: `${approval.state} via ${approval.via} (${approval.approvals.length} of ${approval.required} approval(s))`
        }, ...(approval.issue === null
            ? []
            : [{ key: 'Approval issue', value: `#${approval.issue.number}` }]), ...(approval.expires_at === null
            ? []
            : [{ key: 'Approval expires', value: approval.expires_at }]));
    }
    const parts = [(0,_key_value_card_js__WEBPACK_IMPORTED_MODULE_1__/* .keyValueCard */ .J)(facts)];
    if (report.promotion !== null && report.promotion.checks.length > 0) {
        parts.push((0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlTable */ .I)({
            caption: `Promotion policy: ${report.promotion.allowed ? 'allowed' : 'refused'}`,
            columns: [{ header: 'Outcome' }, { header: 'Requirement' }, { header: 'Detail' }],
            rows: report.promotion.checks.map((check) => [
                check.passed ? (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_3__/* .statusBadge */ .O)('pass', 'met') : (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_3__/* .statusBadge */ .O)('fail', 'not met'),
                check.requirement,
                check.detail
            ]),
            rowClasses: report.promotion.checks.map((check) => (check.passed ? '' : 'row-fail'))
        }));
    }
    if (approval !== null &&
        approval.approvals.length + approval.denials.length + approval.ignored.length > 0) {
        parts.push((0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlTable */ .I)({
            caption: 'Approval votes',
            columns: [{ header: 'Who' }, { header: 'Vote' }, { header: 'When' }, { header: 'Note' }],
            rows: [
                ...approval.approvals.map((vote) => [
                    (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(vote.login),
                    (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_3__/* .statusBadge */ .O)('pass', 'approve'),
                    vote.at,
                    vote.reason ?? ''
                ]),
                ...approval.denials.map((vote) => [
                    (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(vote.login),
                    (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_3__/* .statusBadge */ .O)('fail', 'deny'),
                    vote.at,
                    vote.reason ?? ''
                ]),
                ...approval.ignored.map((vote) => [
                    (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(vote.login),
                    (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_3__/* .statusBadge */ .O)('neutral', `${vote.kind} (ignored)`),
                    vote.at,
                    vote.reason
                ])
            ]
        }));
    }
    const records = [report.deployment, report.rollback].filter((record) => record !== null);
    if (records.length > 0)
        parts.push(historyTable(records, 'Records written by this run'));
    const evidence = report.evidence;
    if (evidence !== null) {
        if (evidence.gate_verdicts.length > 0) {
            parts.push((0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlTable */ .I)({
                caption: 'Gate verdicts of this version',
                columns: [
                    { header: 'Verdict' },
                    { header: 'Champion' },
                    { header: 'Summary' },
                    { header: 'Recorded' }
                ],
                rows: evidence.gate_verdicts.map((verdict) => [
                    verdict.passed
                        ? (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_3__/* .statusBadge */ .O)('pass', verdict.verdict)
                        : (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_3__/* .statusBadge */ .O)('fail', verdict.verdict),
                    verdict.champion === null ? 'none' : (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(verdict.champion.reference),
                    verdict.summary,
                    verdict.recordedAt
                ])
            }));
        }
        if (evidence.reports.length > 0) {
            parts.push((0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlTable */ .I)({
                caption: 'Evidence reports',
                columns: [
                    { header: 'Report' },
                    { header: 'Action' },
                    { header: 'Status' },
                    { header: 'Summary' }
                ],
                rows: evidence.reports.map((entry) => [
                    (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(entry.path),
                    entry.action ?? '—',
                    entry.status,
                    entry.summary ?? ''
                ])
            }));
        }
        if (evidence.stage_history.length > 0) {
            parts.push((0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlTable */ .I)({
                caption: 'Stage history of the model (oldest first)',
                columns: [
                    { header: 'When' },
                    { header: 'Stage' },
                    { header: 'Action' },
                    { header: 'Version' },
                    { header: 'By' }
                ],
                rows: evidence.stage_history.map((event) => [
                    event.at,
                    (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(event.stage),
                    event.action,
                    event.version === null ? '—' : (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(event.version),
                    event.actor ?? '—'
                ])
            }));
        }
    }
    return {
        id,
        title: `Deployment to ${report.environment}`,
        source: 'deploy',
        status: deployStatus(report),
        lead: report.message,
        body: (0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .safeHtml */ .b5) `${parts}`
    };
}
/**
 * The deployment history of a model: every stored deployment and rollback record, newest first
 * (what `tollgate deployments` lists), with who approved it and how the step ended.
 */
function deploymentHistorySection(records, options = {}) {
    const newestFirst = [...records].sort((a, b) => a.finishedAt < b.finishedAt ? 1 : a.finishedAt > b.finishedAt ? -1 : 0);
    const environments = [...new Set(records.map((record) => record.environment))];
    return {
        id: options.id ?? 'deployments',
        title: options.title ??
            (options.model === undefined
                ? 'Deployment history'
                : `Deployment history of ${options.model}`),
        source: 'deploy',
        lead: `${records.length} record(s) over ${environments.length} environment(s), newest first.`,
        body: historyTable(newestFirst, undefined)
    };
}
function historyTable(records, caption) {
    return (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlTable */ .I)({
        ...(caption === undefined ? {} : { caption }),
        columns: [
            { header: 'Finished' },
            { header: 'Environment' },
            { header: 'Kind' },
            { header: 'Version' },
            { header: 'Previous' },
            { header: 'Outcome' },
            { header: 'Approved by' },
            { header: 'Started by' },
            { header: 'Run' },
            { header: 'Step' }
        ],
        rows: records.map((record) => [
            record.finishedAt,
            (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(record.environment),
            record.kind,
            (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(record.version),
            record.previousVersion === null ? '—' : (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(record.previousVersion),
            (0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .safeHtml */ .b5) `${(0,_status_badge_js__WEBPACK_IMPORTED_MODULE_3__/* .statusBadge */ .O)(OUTCOME_BADGES[record.status].tone, OUTCOME_BADGES[record.status].text)}${record.rollback === undefined
                ? ''
                : (0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .safeHtml */ .b5) ` <span class="note">rollback to ${record.rollback.version}: ${record.rollback.status}</span>`}`,
            record.approval.approvers.length === 0
                ? `${record.approval.via}${record.approval.required === 0 ? ' (none needed)' : ''}`
                : record.approval.approvers.map((approver) => approver.login).join(', '),
            record.initiator,
            `${record.run.id} #${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_4__/* .displayNumber */ .o)(record.run.attempt)}`,
            record.step.detail
        ]),
        rowClasses: records.map((record) => record.status === 'success'
            ? ''
            : record.status === 'failure' || record.status === 'denied'
                ? 'row-fail'
                : 'row-warn'),
        emptyText: 'No deployments recorded yet.'
    });
}


/***/ }),

/***/ 74913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H5: () => (/* binding */ rollbackOptions),
/* harmony export */   Lg: () => (/* binding */ deploymentsOptions),
/* harmony export */   aq: () => (/* binding */ deployOptions),
/* harmony export */   vz: () => (/* binding */ applyDeployOverrides)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _options_option_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55739);
/* harmony import */ var _deploy_approval_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75244);
/* harmony import */ var _deploy_duration_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97872);




/** Options of deploy: the action's inputs and `tollgate deploy`'s flags. */
const deployOptions = {
    name: {
        description: 'Model name. Not needed on a comment on an approval issue, or on a scheduled sweep of expired requests.',
        default: ''
    },
    version: {
        description: 'Version to deploy (v0.0.3), latest, or a stage to promote from (staging).',
        default: ''
    },
    environment: {
        description: 'Target environment; also the registry stage assigned after a successful deployment.',
        default: ''
    },
    store: {
        description: 'Where the registry lives: github (the repository) or a directory. Empty: github in Actions, .tollgate locally.',
        default: ''
    },
    approval: {
        description: 'How approval is asked: auto (from .tollgate.yml), none, environment (GitHub required reviewers) or issue.',
        default: 'auto',
        choices: ['auto', ..._deploy_approval_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .APPROVAL_VIAS */ .wQ]
    },
    approvers: {
        description: 'Allowed approvers (logins and @org/team), comma- or newline-separated; overrides .tollgate.yml.',
        default: ''
    },
    'required-approvals': {
        description: 'Distinct approvals needed; overrides .tollgate.yml.',
        default: ''
    },
    'allow-initiator': {
        description: 'Whether the person who started the deployment may approve it (true/false); overrides .tollgate.yml.',
        default: ''
    },
    'approval-expires': {
        description: 'How long an approval request stays open (e.g. 72h); overrides .tollgate.yml.',
        default: ''
    },
    command: {
        description: 'Deploy command (run in a shell with TOLLGATE_* variables); overrides .tollgate.yml.',
        default: ''
    },
    target: {
        description: 'Directory or file:// URL to copy the model files to; overrides .tollgate.yml.',
        default: ''
    },
    'environment-url': {
        description: 'URL of the deployed environment, shown on the GitHub Deployment.',
        default: ''
    },
    timeout: {
        description: 'Longest the deploy command may run (e.g. 30m); overrides .tollgate.yml.',
        default: ''
    },
    evidence: {
        description: 'JSON reports of other Tollgate actions (drift-check, spc-check) to show with the approval request.',
        default: ''
    },
    'dry-run': {
        description: 'Check the promotion policy and show the evidence; deploy nothing.',
        default: 'false'
    },
    reason: {
        description: 'Why, recorded with the deployment (and a denial’s reason on the command line).',
        default: ''
    },
    'report-path': { description: 'Where to write the JSON report.', default: '' },
    approve: {
        description: 'Record an approval by this person (local approval mode) and deploy when the quorum is met.',
        default: '',
        cliOnly: true
    },
    deny: {
        description: 'Record a denial by this person (local approval mode).',
        default: '',
        cliOnly: true
    },
    actor: {
        description: 'Who runs the command (the initiator); default GITHUB_ACTOR, else the user name.',
        default: '',
        cliOnly: true
    },
    'html-report': {
        description: 'Write a self-contained HTML report with charts and upload it as a workflow artifact linked from the job summary: true or false.',
        default: 'true',
        choices: ['true', 'false'],
        actionOnly: true
    },
    token: {
        description: 'Token for deployments, approval issues and the registry.',
        actionOnly: true
    }
};
/** The environment's configuration with the options a user gave on top. */
function applyDeployOverrides(config, options) {
    const approval = { ...config.approval };
    const via = options.choice('approval');
    if (via !== undefined && via !== 'auto') {
        approval.via = via;
        if (via === 'issue' && approval.required < 1)
            approval.required = 1;
        if (via === 'none')
            approval.required = 0;
    }
    if (options.has('approvers')) {
        Object.assign(approval, (0,_deploy_approval_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .parseApprovers */ .CR)((0,_options_option_table_js__WEBPACK_IMPORTED_MODULE_1__/* .splitList */ .ry)(options.requiredString('approvers')), 'option approvers'));
    }
    const required = options.integer('required-approvals');
    if (required !== undefined) {
        if (required < 1 || required > 100)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`required-approvals must be from 1 to 100, got ${required}`);
        approval.required = required;
        if (approval.via === 'none')
            approval.via = 'issue';
    }
    const allow = options.boolean('allow-initiator');
    if (allow !== undefined)
        approval.allowInitiator = allow;
    const expires = options.string('approval-expires');
    if (expires !== undefined)
        approval.expiresAfterMs = (0,_deploy_duration_text_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E)(expires, 'approval-expires');
    const merged = { ...config, approval };
    const command = options.string('command');
    const target = options.string('target');
    if (command !== undefined && target !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('give either command or target, not both');
    if (command !== undefined) {
        merged.command = command;
        delete merged.target;
    }
    if (target !== undefined) {
        merged.target = target;
        delete merged.command;
    }
    const url = options.string('environment-url');
    if (url !== undefined)
        merged.url = url;
    const timeout = options.string('timeout');
    if (timeout !== undefined)
        merged.timeoutMs = (0,_deploy_duration_text_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E)(timeout, 'timeout');
    return merged;
}
/** Options of `tollgate rollback`. */
const rollbackOptions = {
    name: { description: 'Model name.', required: true },
    environment: { description: 'Environment (registry stage) to roll back.', required: true },
    'to-version': {
        description: 'Version to return to; default the one before the current.',
        default: ''
    },
    store: deployOptions.store,
    command: deployOptions.command,
    target: deployOptions.target,
    timeout: deployOptions.timeout,
    reason: deployOptions.reason,
    actor: deployOptions.actor,
    'report-path': deployOptions['report-path']
};
/** Options of `tollgate deployments` (the deployment history). */
const deploymentsOptions = {
    name: { description: 'Model name.', required: true },
    environment: { description: 'Only this environment.', default: '' },
    store: deployOptions.store,
    'report-path': { description: 'Where to write the history as JSON.', default: '' }
};


/***/ }),

/***/ 55739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   JY: () => (/* binding */ Options),
/* harmony export */   ry: () => (/* binding */ splitList)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * Typed, strict access to the options of one operation. Values are validated when read so a
 * typo fails the run with a sentence that names the option, instead of becoming NaN downstream.
 */
class Options {
    table;
    source;
    constructor(table, source) {
        this.table = table;
        this.source = source;
    }
    /** The raw string (or the table default), undefined when neither exists. */
    raw(name) {
        const spec = this.spec(name);
        const value = this.source.get(name);
        if (value !== undefined && value !== '')
            return value;
        // An empty default (as action.yml declares for optional paths) means "not given".
        return spec.default === '' ? undefined : spec.default;
    }
    /** True when the user gave the option explicitly (defaults do not count). */
    has(name) {
        const value = this.source.get(name);
        return value !== undefined && value !== '';
    }
    string(name) {
        return this.raw(name);
    }
    requiredString(name) {
        const value = this.raw(name);
        if (value === undefined || value.trim() === '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Missing required ${this.source.describe(name)}: ${this.spec(name).description}`);
        }
        return value;
    }
    number(name) {
        const value = this.raw(name);
        if (value === undefined)
            return undefined;
        return parseNumber(value.trim(), () => `${this.source.describe(name)} must be a number, got ${JSON.stringify(value)}`);
    }
    integer(name) {
        const value = this.number(name);
        if (value === undefined)
            return undefined;
        if (!Number.isInteger(value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${this.source.describe(name)} must be a whole number, got ${value}`);
        }
        return value;
    }
    boolean(name) {
        const value = this.raw(name);
        if (value === undefined)
            return undefined;
        // The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts.
        if (['true', 'True', 'TRUE'].includes(value.trim()))
            return true;
        if (['false', 'False', 'FALSE'].includes(value.trim()))
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${this.source.describe(name)} must be true or false, got ${JSON.stringify(value)}`);
    }
    choice(name) {
        const value = this.raw(name);
        if (value === undefined)
            return undefined;
        const choices = this.spec(name).choices ?? [];
        const trimmed = value.trim();
        if (!choices.includes(trimmed)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${this.source.describe(name)} must be one of ${choices.join(', ')}; got ${JSON.stringify(value)}`);
        }
        return trimmed;
    }
    /** Comma- or newline-separated items, trimmed, empty items dropped. */
    list(name) {
        const value = this.raw(name);
        if (value === undefined)
            return [];
        return splitList(value);
    }
    spec(name) {
        const spec = this.table[name];
        if (spec === undefined)
            throw new Error(`Bug: option ${name} is not declared in its option table`);
        return spec;
    }
}
/** Splits a comma- or newline-separated list, trimming items and dropping empty ones. */
function splitList(value) {
    return value
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** Strict number parsing: rejects '', '12abc', 'NaN' and hex that Number() would accept. */
function parseNumber(text, message) {
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) && !/^[+-]?Infinity$/.test(text)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(message());
    }
    return Number(text);
}


/***/ }),

/***/ 28863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ closestName)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * "Did you mean" suggestions for option names and checks-file keys: a typo such as `beteen:` should
 * be answered with the key the user meant, not only with the fact that it is unknown.
 */
/** The candidate within edit distance 2 of `name`, if any (Levenshtein). */
function closestName(name, candidates) {
    let best;
    let bestDistance = 3;
    for (const candidate of candidates) {
        const distance = editDistance(name, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
function editDistance(a, b) {
    const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return previous[b.length];
}


/***/ }),

/***/ 84402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ TOLLGATE_VERSION)
/* harmony export */ });
/** Tollgate's version, recorded in every report, profile and lineage event. */
const TOLLGATE_VERSION = '0.1.0';


/***/ })

};
