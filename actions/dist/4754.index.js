export const id = 4754;
export const ids = [4754,8805];
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

// EXTERNAL MODULE: ./shared/adapters/runner-commands.ts
var runner_commands = __webpack_require__(72096);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./shared/adapters/action-step.ts
var action_step = __webpack_require__(70540);
// EXTERNAL MODULE: ./shared/adapters/action-lineage.ts + 1 modules
var action_lineage = __webpack_require__(15092);
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
// EXTERNAL MODULE: ./shared/operations/lifecycle-lineage.ts + 1 modules
var lifecycle_lineage = __webpack_require__(52304);
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
        const surface = {
            html: options.boolean('html-report') === true,
            store,
            lineageUrl: options.string('lineage-url')
        };
        if (context.eventName === 'issue_comment') {
            const issue = context.payload.issue;
            const request = issue?.number === undefined || issue.pull_request !== undefined
                ? undefined
                : await channel.requestFromIssue(issue.number);
            if (request === undefined) {
                runner_commands/* info */.pq('deploy: this comment is not on a Tollgate approval issue; nothing to do.');
                setOutputs(undefined, '');
                return;
            }
            await finish(await deploy(request, request), reportPath, surface);
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
            runner_commands/* info */.pq(`deploy: closed ${reports.length} expired approval request(s).`);
            await (0,action_lineage/* emitActionLineage */.X)('deploy', reports.flatMap(deploymentEvents), {
                url: surface.lineageUrl
            });
            return;
        }
        await finish(await deploy({
            model: required(options.string('name'), 'name'),
            version: required(options.string('version'), 'version'),
            environment: required(options.string('environment'), 'environment')
        }), reportPath, surface);
    });
}
async function finish(report, reportPath, surface) {
    (0,user_files/* writeJsonFile */.An)(reportPath, report);
    setOutputs(report, reportPath);
    const page = surface.html ? await publishDeployHtml(report, surface.store) : undefined;
    const lineage = await readLifecycleGraph(surface.store, report.model);
    await (0,action_report/* writeJobSummary */.C)((0,deploy_summary/* deploySummaryMarkdown */.Nz)(report, lineage === undefined ? {} : { lineage }) +
        (page?.summary ? `\n${page.summary}` : ''));
    runner_commands/* info */.pq((0,report_escape/* escapeLog */.Ah)(`deploy: ${report.status} — ${report.message}`));
    // A failed or rolled-back deployment has its FAIL event: sent before the step is marked failed.
    await (0,action_lineage/* emitActionLineage */.X)('deploy', deploymentEvents(report), { url: surface.lineageUrl });
    if (!report.passed)
        runner_commands/* setFailed */.C1(`deploy: ${report.message}`);
}
/** The OpenLineage events of the deployment records a run wrote: the deployment, its rollback. */
function deploymentEvents(report) {
    return [report.deployment, report.rollback].flatMap((record) => record?.lineage === undefined ? [] : [record.lineage]);
}
/**
 * The model's lifecycle graph for the summary, this run's deployment included (its record is
 * stored by now). The summary is the report, not the lineage: a store that cannot be read, or
 * records in it that cannot, are warnings and the summary goes without the graph or those records.
 */
async function readLifecycleGraph(store, model) {
    try {
        const collected = await (0,lifecycle_lineage/* collectLifecycleLineage */.a)(store, model);
        if (collected.problems.length > 0) {
            runner_commands/* warning */.$e((0,report_escape/* escapeLog */.Ah)(`The lineage graph of ${model} leaves out ${collected.problems.length} record(s) that could not be read: ${collected.problems.slice(0, 3).join('; ')}${collected.problems.length > 3 ? '; …' : ''}`), { title: 'deploy: lineage' });
        }
        return collected.graph;
    }
    catch (error) {
        runner_commands/* warning */.$e((0,report_escape/* escapeLog */.Ah)(`The lineage graph of ${model} could not be read: ${(0,errors/* errorMessage */.gJ)(error)}`), { title: 'deploy: lineage' });
        return undefined;
    }
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
        runner_commands/* warning */.$e((0,report_escape/* escapeLog */.Ah)(`The deployment history of ${report.model} could not be read for the HTML report: ${(0,errors/* errorMessage */.gJ)(error)}`));
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
    runner_commands/* setOutput */.uH('status', report?.status ?? 'skipped');
    runner_commands/* setOutput */.uH('version', report?.version ?? '');
    runner_commands/* setOutput */.uH('previous-version', report?.previous_version ?? '');
    runner_commands/* setOutput */.uH('deployment-id', main?.githubDeployment === undefined ? '' : String(main.githubDeployment.id));
    runner_commands/* setOutput */.uH('approval-issue', issue === null ? '' : String(issue.number));
    runner_commands/* setOutput */.uH('report', reportPath);
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

/***/ 38805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ fitCommentBody),
/* harmony export */   upsertPullRequestComment: () => (/* binding */ upsertPullRequestComment)
/* harmony export */ });
/* unused harmony export COMMENT_BODY_LIMIT */
/* harmony import */ var _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72096);
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
        _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not write the pull-request comment (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}). The job summary has the full report.`);
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
/* harmony import */ var _options_lineage_url_option_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95742);
/* harmony import */ var _options_html_report_option_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6079);






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
    'html-report': _options_html_report_option_js__WEBPACK_IMPORTED_MODULE_5__/* .HTML_REPORT_OPTION */ .N,
    'lineage-url': _options_lineage_url_option_js__WEBPACK_IMPORTED_MODULE_4__/* .LINEAGE_URL_OPTION */ .G,
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

/***/ 52304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ collectLifecycleLineage)
});

// UNUSED EXPORTS: DEFAULT_LINEAGE_LIMIT

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
;// CONCATENATED MODULE: ./shared/lineage/lifecycle-graph.ts
/**
 * The part of a lineage graph that tells one model's story across its lifecycle (DESIGN.md §7):
 * data digests → validation and SPC runs → train run → model version → gate verdict →
 * deployments → drift runs.
 *
 * Upstream and downstream paths of the model's versions are not enough: a validation run reads
 * the training data but nothing the model is built from, so it is a sibling of the train run,
 * not an ancestor. The graph therefore keeps:
 * 1. every node on a directed path into or out of any version of the model;
 * 2. the "observers" of the data in (1): each run reading a kept dataset, with everything
 *    downstream of it (a validation run, the profile it wrote, the spc-check run that charted
 *    that profile), unless that leads to another model's version (another model trained on the
 *    same data is not this model's story);
 * 3. every input of a kept run (a gate's evaluation data, a drift run's current batch).
 */
function modelLifecycleGraph(graph, model) {
    const prefix = `model:${model}@`;
    const byId = new Map(graph.nodes.map((node) => [node.id, node]));
    const outgoing = adjacency(graph.edges, 'from');
    const incoming = adjacency(graph.edges, 'to');
    const seeds = graph.nodes.filter((node) => node.kind === 'model-version' && node.id.startsWith(prefix));
    if (seeds.length === 0)
        return { nodes: [], edges: [] };
    const reach = (starts, next) => {
        const seen = new Set(starts);
        const queue = [...starts];
        while (queue.length > 0) {
            for (const neighbour of next.get(queue.pop()) ?? []) {
                if (!seen.has(neighbour)) {
                    seen.add(neighbour);
                    queue.push(neighbour);
                }
            }
        }
        return seen;
    };
    const seedIds = seeds.map((node) => node.id);
    const keep = new Set([...reach(seedIds, outgoing), ...reach(seedIds, incoming)]);
    const isForeignModel = (id) => byId.get(id)?.kind === 'model-version' && !id.startsWith(prefix);
    for (const id of [...keep]) {
        if (byId.get(id)?.kind !== 'dataset')
            continue;
        for (const reader of outgoing.get(id) ?? []) {
            if (keep.has(reader))
                continue;
            const downstream = reach([reader], outgoing);
            if ([...downstream].some(isForeignModel))
                continue;
            for (const node of downstream)
                keep.add(node);
        }
    }
    for (const id of [...keep]) {
        if (!isRun(byId.get(id)))
            continue;
        for (const input of incoming.get(id) ?? [])
            keep.add(input);
    }
    return {
        nodes: graph.nodes.filter((node) => keep.has(node.id)),
        edges: graph.edges.filter((edge) => keep.has(edge.from) && keep.has(edge.to))
    };
}
function isRun(node) {
    return node !== undefined && node.kind !== 'dataset' && node.kind !== 'model-version';
}
function adjacency(edges, key) {
    const map = new Map();
    for (const edge of edges) {
        const [here, there] = key === 'from' ? [edge.from, edge.to] : [edge.to, edge.from];
        const list = map.get(here);
        if (list === undefined)
            map.set(here, [there]);
        else
            list.push(there);
    }
    return map;
}

// EXTERNAL MODULE: ./shared/lineage/lineage-graph.ts
var lineage_graph = __webpack_require__(80320);
// EXTERNAL MODULE: ./shared/lineage/openlineage-event.ts
var openlineage_event = __webpack_require__(20068);
// EXTERNAL MODULE: ./shared/registry/gto-tags.ts
var gto_tags = __webpack_require__(33148);
// EXTERNAL MODULE: ./shared/registry/model-bundle.ts + 2 modules
var model_bundle = __webpack_require__(61705);
// EXTERNAL MODULE: ./shared/store/canonical-json.ts
var canonical_json = __webpack_require__(92113);
// EXTERNAL MODULE: ./shared/operations/deploy-record-store.ts
var deploy_record_store = __webpack_require__(96650);
// EXTERNAL MODULE: ./shared/operations/gate-record-store.ts + 1 modules
var gate_record_store = __webpack_require__(37864);
// EXTERNAL MODULE: ./shared/operations/lineage-record-store.ts
var lineage_record_store = __webpack_require__(58964);
;// CONCATENATED MODULE: ./shared/operations/lifecycle-lineage.ts










const DEFAULT_LINEAGE_LIMIT = 2000;
async function collectLifecycleLineage(store, model, options = {}) {
    (0,gto_tags/* assertModelName */.fY)(model);
    const problems = [];
    const events = [];
    const attempt = async (what, read) => {
        try {
            events.push(...(await read()));
        }
        catch (error) {
            if (!(error instanceof errors/* TollgateError */.xB))
                throw error;
            problems.push(`${what}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    };
    const bundles = (await store.listBundles(`${model}@`)).filter((name) => /^[^@]+@v\d+\.\d+\.\d+/.test(name));
    for (const tag of bundles) {
        await attempt(`lineage.json of ${tag}`, () => bundleEvents(store, tag));
    }
    await attempt(`gate verdicts of ${model}`, async () => (await (0,gate_record_store/* listGateVerdicts */.eW)(store, model)).flatMap((record) => record.lineage === undefined ? [] : [record.lineage]));
    await attempt(`deployments of ${model}`, async () => (await (0,deploy_record_store/* listDeployments */.Jn)(store, model)).flatMap((record) => record.lineage === undefined ? [] : [record.lineage]));
    const series = await (0,lineage_record_store/* listLineageEvents */.rQ)(store, {
        limit: options.lineageLimit ?? DEFAULT_LINEAGE_LIMIT
    });
    events.push(...series.events);
    problems.push(...series.problems);
    events.push(...(options.extraEvents ?? []));
    return { graph: modelLifecycleGraph((0,lineage_graph/* buildLineageGraph */.yc)(events), model), events, problems };
}
/** The events of a version's lineage.json; none when the version has no such file. */
async function bundleEvents(store, tag) {
    const manifest = await store.readBundleManifest(tag);
    if (manifest === undefined)
        return [];
    if (!manifest.files.some((file) => file.name === model_bundle/* MODEL_BUNDLE_FILES */.rU.lineage))
        return [];
    const parsed = (0,canonical_json/* parseJsonBytes */.dQ)(await store.readBundleFile(tag, model_bundle/* MODEL_BUNDLE_FILES */.rU.lineage));
    if (!parsed.ok || !(0,canonical_json/* isJsonObject */.OW)(parsed.value) || !Array.isArray(parsed.value.events)) {
        throw new errors/* IntegrityError */.cs(`${tag}'s ${model_bundle/* MODEL_BUNDLE_FILES */.rU.lineage} is not a lineage document`);
    }
    return parsed.value.events.map((event, index) => (0,openlineage_event/* parseRunEvent */.X0)(event, `lineage event ${index + 1} of ${tag}`));
}


/***/ })

};
