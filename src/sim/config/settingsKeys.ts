// Every settings key the real tools know, and what this project does with each. A reviewer has to
// see which parts of their file the engine ran and which it only read: a key that is "not modeled"
// still changes what an agent can do, so the report lists it with what it could change.
//
// The Claude Code key names are those of the settings schema inside the Claude Code 2.1.328 binary
// (the version the differential suite pins, src/cli/verify/install.ts); the sandbox-runtime
// names are those of @anthropic-ai/sandbox-runtime 0.0.83 (dist/sandbox/sandbox-config.js). The
// descriptions are ours.

export type KeyStatus = 'modeled' | 'not-modeled' | 'no-containment-effect';

export interface KeyInfo {
  status: KeyStatus;
  /** For a modeled key, what the engine does with it; otherwise what it could change about containment. */
  effect: string;
}

const words = (lines: readonly string[]): string[] => lines.join(' ').split(' ').filter((w) => w !== '');

/** Top-level keys of Claude Code 2.1.328's settings schema. */
export const CLAUDE_CODE_TOP_LEVEL: ReadonlySet<string> = new Set(words([
  '$schema apiKeyHelper proxyAuthHelper awsCredentialExport awsAuthRefresh gcpAuthRefresh processWrapper',
  'policyHelper policyHelpers xaaIdp fileSuggestion respectGitignore breakReminder quietHours cleanupPeriodDays',
  'desktopSessionCleanupPeriodDays syncClaudeAiSkills syncClaudeAiPlugins skillListingMaxDescChars',
  'skillListingBudgetFraction wslInheritsWindowsSettings env attribution attributionProject',
  'attributionProjectPolicy includeCoAuthoredBy includeGitInstructions permissions model fallbackModel',
  'availableModels enforceAvailableModels availableModelsMatch deniedModels modelOverrides modelPicker',
  'modelPricing enableAllProjectMcpServers enabledMcpjsonServers disabledMcpjsonServers disableClaudeAiConnectors',
  'skillOverrides disableBundledSkills managedMcpServers allowedMcpServers deniedMcpServers hooks worktree',
  'disableAllHooks disableReplyCheck disableAgentView disableRemoteControl disableWorkflows disableArtifact',
  'enableArtifact enableWorkflows workflowSizeGuideline workflowKeywordTriggerEnabled disableSkillShellExecution',
  'disableWindowsBashCommandSplit defaultShell bashEditDiffEnabled bashOutputMaxChars taskOutputMaxChars',
  'respondToBashCommands allowManagedHooksOnly allowedHttpHookUrls httpHookAllowedEnvVars',
  'allowManagedPermissionRulesOnly allowManagedMcpServersOnly allowAllClaudeAiMcps',
  'allowClaudeInChromeWithManagedMcp strictPluginOnlyCustomization statusLine prUrlTemplate footerLinksRegexes',
  'subagentStatusLine enabledPlugins prependPlugins appendPlugins extraKnownMarketplaces additionalMarketplaces',
  'strictKnownMarketplaces allowedMarketplaces blockedMarketplaces disableCommandPluginSources',
  'disableSideloadFlags pluginSuggestionMarketplaces forceLoginMethod forceLoginGatewayUrl',
  'gatewayInternalNetworks parentSettingsBehavior managedSourcesBehavior forceLoginOrgUUID',
  'allowNestedModelAccessUnderForceLogin allowedProviders forceRemoteSettingsRefresh otelHeadersHelper',
  'outputStyle viewMode language skipWebFetchPreflight sandbox feedbackSurveyRate feedbackDrafts',
  'spinnerTipsEnabled clawdFileProgressEnabled spinnerVerbs spinnerTipsOverride syntaxHighlightingDisabled',
  'maxProseWidth spellcheck terminalTitleFromRename promptCacheTtl subagentPromptCacheTtl alwaysThinkingEnabled',
  'effortLevel maxEffortLevel modelSettings ultracode autoCompactWindow advisorModel fastMode',
  'fastModePerSessionOptIn promptSuggestionEnabled emojiCompletionEnabled awaySummaryEnabled',
  'responseComparisonEnabled showClearContextOnPlanAccept askUserQuestionTimeout dialogExpiry agent',
  'modelProposedGoals companyAnnouncements pluginConfigs remote autoUpdatesChannel minimumVersion',
  'requiredMinimumVersion requiredMaximumVersion plansDirectory tui voice channelsEnabled allowedChannelPlugins',
  'prefersReducedMotion timeFormat timeZone doneMeansMerged totalTokensReminder totalTokensReminderBudget',
  'totalTokensReminderAfterUserTurn autoMemoryEnabled autoMemoryDirectory autoDreamEnabled showThinkingSummaries',
  'skipDangerousModePermissionPrompt skipWorkflowUsageWarning disableAutoMode remoteTools sshConfigs',
  'sshHostCommands claudeMd claudeMdExcludes pluginTrustMessage theme editorMode keybindingFlavor',
  'vimInsertModeRemaps verbose preferredNotifChannel autoCompactEnabled precomputeCompactionEnabled',
  'precomputeArmTokens autoCompactRaisedForLoad autoCompactOfferAnswer idleCompaction switchModelsOnFlag',
  'autoContinueAtUsageLimit autoScrollEnabled wheelScrollAccelerationEnabled fileCheckpointingEnabled',
  'showTurnDuration showMessageTimestamps terminalProgressBarEnabled todoFeatureEnabled teammateMode',
  'remoteControlAtStartup remoteControl isolatePeerMachines daemonColdStart crossSessionInbound',
  'remoteMessageReceipts autoUploadSessions inputNeededNotifEnabled agentPushNotifEnabled',
  'skipAutoPermissionPrompt useAutoModeDuringPlan autoMode disableDeepLinkRegistration voiceEnabled defaultView',
  'axScreenReader',
]));

/** Keys of the nested objects Claude Code checks key by key. */
export const CLAUDE_CODE_NESTED: Readonly<Record<string, ReadonlySet<string>>> = {
  permissions: new Set(words(['allow deny ask defaultMode disableBypassPermissionsMode blockReadsOutsideWorkingDirectories',
    'blockFileToolReadsOutsideWorkingDirectories blockWritesOutsideWorkingDirectories blockReadsExemptPaths',
    'workingDirectoriesAsGiven disableAutoMode denyInsteadOfPrompting additionalDirectories'])),
  sandbox: new Set(words(['enabled failIfUnavailable autoAllowBashIfSandboxed allowUnsandboxedCommands network filesystem',
    'credentials windows ignoreViolations enableWeakerNestedSandbox allowNestedUserNamespaces enableWeakerNetworkIsolation',
    'allowAppleEvents excludedCommands ripgrep bwrapPath socatPath'])),
  'sandbox.network': new Set(words(['allowedDomains deniedDomains strictAllowlist allowManagedDomainsOnly allowUnixSockets',
    'allowAllUnixSockets allowLocalBinding allowMachLookup httpProxyPort socksProxyPort tlsTerminate'])),
  'sandbox.filesystem': new Set(words(['allowWrite denyWrite denyRead allowRead allowManagedReadPathsOnly disabled'])),
};

/** Keys of a sandbox-runtime settings file, by object. */
export const SRT_KEYS: Readonly<Record<string, ReadonlySet<string>>> = {
  '': new Set(words(['network filesystem credentials ignoreViolations enableWeakerNestedSandbox enableWeakerNetworkIsolation',
    'allowAppleEvents ripgrep mandatoryDenySearchDepth allowPty seccomp bwrapPath socatPath javaAgentJarPath windows git'])),
  network: new Set(words(['allowedDomains deniedDomains allowLocalBinding deniedDomainReasons strictAllowlist deniedResolvedAddresses',
    'allowUnixSockets allowAllUnixSockets allowMachLookup httpProxyPort socksProxyPort mitmProxy tlsTerminate parentProxy'])),
  filesystem: new Set(words(['denyRead allowRead allowWrite denyWrite allowGitConfig disabled'])),
};

const m = (effect: string): KeyInfo => ({ status: 'modeled', effect });
const n = (effect: string): KeyInfo => ({ status: 'not-modeled', effect });

const RUNS_OUTSIDE = 'runs a command on the host, outside the sandbox, whenever Claude Code needs it';

/** Keys with a bearing on containment; a known key missing here has none (display, model choice, housekeeping). */
const CLAUDE_CODE_INFO: Readonly<Record<string, KeyInfo>> = {
  permissions: m('permission rules and mode, evaluated deny, ask, allow'),
  'permissions.allow': m('tool calls that run without a prompt'),
  'permissions.ask': m('tool calls that always prompt'),
  'permissions.deny': m('tool calls refused outright; Read() denies also refuse Bash reading the same path'),
  'permissions.defaultMode': m('the permission mode sessions start in'),
  'permissions.additionalDirectories': m('directories the agent may read and (in the sandbox) write besides the project'),
  'permissions.disableBypassPermissionsMode': m('bypassPermissions cannot be switched on: a defaultMode bypassPermissions from any scope falls back to default'),
  'permissions.blockReadsOutsideWorkingDirectories': n('refuses reads outside the working directories in every mode (would close ~/.aws, ~/.ssh to file tools and Bash)'),
  'permissions.blockFileToolReadsOutsideWorkingDirectories': n('refuses Read/Grep/Glob outside the working directories'),
  'permissions.blockWritesOutsideWorkingDirectories': n('refuses writes outside the working directories'),
  'permissions.blockReadsExemptPaths': n('paths exempt from the read blocks above'),
  'permissions.workingDirectoriesAsGiven': n('how working directories are resolved'),
  'permissions.disableAutoMode': n('auto mode (the transcript classifier) cannot be switched on'),
  'permissions.denyInsteadOfPrompting': n('every would-be prompt becomes a refusal (no approval fatigue, no human "yes")'),
  sandbox: m('the OS sandbox for Bash'),
  'sandbox.enabled': m('Bash runs in the OS sandbox'),
  'sandbox.autoAllowBashIfSandboxed': m('sandboxed Bash runs without a prompt'),
  'sandbox.allowUnsandboxedCommands': m('the escape hatch: a failed command may be retried outside the sandbox after approval'),
  'sandbox.excludedCommands': m('commands that always run outside the sandbox'),
  'sandbox.failIfUnavailable': m('refuse to start when the sandbox cannot start, instead of running unsandboxed'),
  'sandbox.network': m('the sandbox proxy\'s domain rules'),
  'sandbox.network.allowedDomains': m('hosts sandboxed commands may reach'),
  'sandbox.network.deniedDomains': m('hosts refused even when allowed'),
  'sandbox.network.allowManagedDomainsOnly': m('in managed settings: only managed allowedDomains count'),
  'sandbox.network.strictAllowlist': n('how strictly the proxy matches the allowlist'),
  'sandbox.network.allowUnixSockets': n('Unix sockets reachable from the sandbox; /var/run/docker.sock is a way out of it (a container with the host mounted)'),
  'sandbox.network.allowAllUnixSockets': n('every Unix socket reachable from the sandbox, docker.sock and SSH agents included'),
  'sandbox.network.allowLocalBinding': n('sandboxed commands may listen on local ports'),
  'sandbox.network.allowMachLookup': n('macOS services reachable from the sandbox'),
  'sandbox.network.httpProxyPort': n('an outside HTTP proxy does the domain filtering instead of the sandbox\'s own; its rules, not allowedDomains, decide what leaves'),
  'sandbox.network.socksProxyPort': n('an outside SOCKS proxy does the filtering for raw TCP'),
  'sandbox.network.tlsTerminate': n('the proxy terminates TLS and can inspect requests'),
  'sandbox.filesystem': m('the sandbox\'s filesystem rules'),
  'sandbox.filesystem.allowWrite': m('paths sandboxed commands may write'),
  'sandbox.filesystem.denyWrite': m('paths they may not write, even inside allowWrite'),
  'sandbox.filesystem.denyRead': m('paths they may not read'),
  'sandbox.filesystem.allowRead': m('paths re-opened inside a denyRead'),
  'sandbox.filesystem.allowManagedReadPathsOnly': n('in managed settings: only managed read rules count'),
  'sandbox.filesystem.disabled': n('switches the filesystem part of the sandbox off'),
  'sandbox.credentials': n('credentials the sandbox masks or injects'),
  'sandbox.ignoreViolations': n('violations left unreported (only reporting: what is blocked stays blocked)'),
  'sandbox.enableWeakerNestedSandbox': n('Linux: the sandbox runs without its own /proc, so the host\'s process details stay readable'),
  'sandbox.allowNestedUserNamespaces': n('sandboxed commands may create user namespaces, which lets a hostile command get round denyWrite/denyRead and plant code that runs unsandboxed'),
  'sandbox.enableWeakerNetworkIsolation': n('macOS: opens the trustd service, a possible exfiltration route'),
  'sandbox.allowAppleEvents': n('macOS: sandboxed commands may drive other applications'),
  'sandbox.windows': n('Windows sandbox backend'),
  'sandbox.ripgrep': n('which ripgrep the sandbox uses'),
  'sandbox.bwrapPath': n('which bubblewrap binary enforces the sandbox'),
  'sandbox.socatPath': n('which socat binary relays the proxy'),
  allowManagedPermissionRulesOnly: m('in managed settings: only managed allow/ask/deny rules count'),
  env: n('environment for every session and command; ANTHROPIC_BASE_URL, proxy and credential variables change where the API key and traffic go'),
  apiKeyHelper: n(`${RUNS_OUTSIDE}, and sends its output as the API key`),
  proxyAuthHelper: n(RUNS_OUTSIDE),
  awsCredentialExport: n(`${RUNS_OUTSIDE} to produce AWS credentials`),
  awsAuthRefresh: n(`${RUNS_OUTSIDE} to refresh AWS credentials`),
  gcpAuthRefresh: n(`${RUNS_OUTSIDE} to refresh Google Cloud credentials`),
  otelHeadersHelper: n(RUNS_OUTSIDE),
  processWrapper: n('wraps the processes Claude Code starts'),
  policyHelper: n('an organisation policy program deciding settings'),
  policyHelpers: n('organisation policy programs deciding settings'),
  fileSuggestion: n(RUNS_OUTSIDE),
  statusLine: n(`${RUNS_OUTSIDE} to draw the status line (a project file can name any script)`),
  subagentStatusLine: n(RUNS_OUTSIDE),
  hooks: m('command hooks run on the host, outside the sandbox: PreToolUse before each matching call (exit 2 or a JSON "deny" refuses it, "ask" prompts, "allow" skips a default prompt), PostToolUse after it, SessionStart and UserPromptSubmit with no call; a command hook on Stop, SubagentStop, Notification, PreCompact or SessionEnd counts as a channel onto the host in the blast radius but is not replayed; http, prompt and agent hooks are not run'),
  disableAllHooks: m('switches every hook off, blocking hooks included'),
  allowManagedHooksOnly: m('in managed settings: only managed hooks run'),
  allowedHttpHookUrls: n('where HTTP hooks may send session data'),
  httpHookAllowedEnvVars: n('environment variables HTTP hooks may send'),
  enableAllProjectMcpServers: n('starts every MCP server a repository\'s .mcp.json names, without asking'),
  enabledMcpjsonServers: n('project MCP servers started without asking'),
  disabledMcpjsonServers: n('project MCP servers refused'),
  managedMcpServers: n('MCP servers an organisation adds'),
  allowedMcpServers: n('MCP servers allowed at all'),
  deniedMcpServers: n('MCP servers refused'),
  allowManagedMcpServersOnly: n('only managed MCP servers start'),
  allowAllClaudeAiMcps: n('claude.ai connectors available to the session'),
  disableClaudeAiConnectors: n('claude.ai connectors switched off'),
  enabledPlugins: n('plugins, which can bring hooks, MCP servers and commands'),
  prependPlugins: n('plugins loaded first'),
  appendPlugins: n('plugins loaded last'),
  extraKnownMarketplaces: n('where plugins may come from'),
  additionalMarketplaces: n('where plugins may come from'),
  strictKnownMarketplaces: n('restricts plugin sources to the listed marketplaces'),
  allowedMarketplaces: n('plugin sources allowed'),
  blockedMarketplaces: n('plugin sources refused'),
  disableSideloadFlags: n('plugins loaded from the command line'),
  disableCommandPluginSources: n('plugins built by running a command'),
  strictPluginOnlyCustomization: n('customisation only through plugins'),
  skipDangerousModePermissionPrompt: n('bypassPermissions starts without its warning'),
  skipAutoPermissionPrompt: n('auto mode starts without its opt-in'),
  autoMode: n('the auto-mode classifier\'s own allow and block rules'),
  disableAutoMode: n('auto mode cannot be switched on'),
  skipWebFetchPreflight: n('WebFetch skips its domain safety check'),
  disableSkillShellExecution: n('skills may not run shell commands'),
  remoteTools: n('tools that run on other machines'),
  sshConfigs: n('SSH hosts sessions can work on'),
  sshHostCommands: n('commands run to reach SSH hosts'),
  remoteControl: n('the session can be driven from elsewhere'),
  remoteControlAtStartup: n('remote control switched on at start'),
  disableRemoteControl: n('remote control switched off'),
  crossSessionInbound: n('messages from other sessions reach this one'),
  channelsEnabled: n('inbound message channels (outside content reaching the agent)'),
  allowedChannelPlugins: n('which channel plugins may deliver messages'),
  autoUploadSessions: n('transcripts uploaded automatically'),
  respondToBashCommands: n('how the agent reacts to commands typed by the user'),
  autoMemoryEnabled: n('memory the agent writes and reloads each start (where injected text can persist)'),
  autoMemoryDirectory: n('where that memory lives'),
  autoDreamEnabled: n('background memory consolidation'),
  claudeMd: n('instructions loaded every session'),
  claudeMdExcludes: n('instruction files skipped'),
  forceLoginMethod: n('which account type sessions log in with'),
  forceLoginOrgUUID: n('which organisation sessions log in to'),
  forceLoginGatewayUrl: n('a gateway the login goes through'),
  gatewayInternalNetworks: n('networks treated as internal by the gateway'),
  allowedProviders: n('model providers sessions may use'),
  minimumVersion: n('oldest Claude Code allowed (incident fixes such as deferred project config need a recent client)'),
  requiredMinimumVersion: n('oldest Claude Code allowed'),
  requiredMaximumVersion: n('newest Claude Code allowed'),
  parentSettingsBehavior: n('how settings from parent folders combine'),
  managedSourcesBehavior: n('how managed settings sources combine'),
  forceRemoteSettingsRefresh: n('remote managed settings re-read'),
  worktree: n('where agent worktrees are made'),
  defaultShell: n('which shell runs Bash commands'),
  isolatePeerMachines: n('separation between peer machines'),
};

const SRT_INFO: Readonly<Record<string, KeyInfo>> = {
  network: m('the proxy\'s domain rules'),
  'network.allowedDomains': m('hosts sandboxed commands may reach'),
  'network.deniedDomains': m('hosts refused even when allowed'),
  filesystem: m('the filesystem rules'),
  'filesystem.denyRead': m('paths sandboxed commands may not read'),
  'filesystem.allowRead': m('paths re-opened inside a denyRead'),
  'filesystem.allowWrite': m('paths they may write'),
  'filesystem.denyWrite': m('paths they may not write, even inside allowWrite'),
  'filesystem.allowGitConfig': m('.git/config becomes writable'),
  'filesystem.disabled': n('switches the filesystem part of the sandbox off'),
  'network.allowLocalBinding': n('sandboxed commands may listen on local ports'),
  'network.allowUnixSockets': CLAUDE_CODE_INFO['sandbox.network.allowUnixSockets'] as KeyInfo,
  'network.allowAllUnixSockets': CLAUDE_CODE_INFO['sandbox.network.allowAllUnixSockets'] as KeyInfo,
  'network.allowMachLookup': n('macOS services reachable from the sandbox'),
  'network.httpProxyPort': CLAUDE_CODE_INFO['sandbox.network.httpProxyPort'] as KeyInfo,
  'network.socksProxyPort': CLAUDE_CODE_INFO['sandbox.network.socksProxyPort'] as KeyInfo,
  'network.strictAllowlist': n('how strictly the proxy matches the allowlist'),
  'network.deniedDomainReasons': n('messages shown for denied hosts'),
  'network.deniedResolvedAddresses': n('addresses refused after DNS resolution (closes DNS-rebinding routes)'),
  'network.mitmProxy': n('a proxy that inspects requests to chosen hosts'),
  'network.tlsTerminate': n('the proxy terminates TLS and can inspect requests'),
  'network.parentProxy': n('an upstream proxy all allowed traffic goes through'),
  credentials: n('credentials the sandbox masks or injects'),
  ignoreViolations: n('violations left unreported (only reporting: what is blocked stays blocked)'),
  enableWeakerNestedSandbox: CLAUDE_CODE_INFO['sandbox.enableWeakerNestedSandbox'] as KeyInfo,
  enableWeakerNetworkIsolation: CLAUDE_CODE_INFO['sandbox.enableWeakerNetworkIsolation'] as KeyInfo,
  allowAppleEvents: CLAUDE_CODE_INFO['sandbox.allowAppleEvents'] as KeyInfo,
  ripgrep: n('which ripgrep the sandbox uses'),
  mandatoryDenySearchDepth: n('how deep srt looks for files it always write-protects (.git/hooks, .bashrc...)'),
  allowPty: n('sandboxed commands get a terminal'),
  seccomp: n('the system-call filter (Linux)'),
  bwrapPath: n('which bubblewrap binary enforces the sandbox'),
  socatPath: n('which socat binary relays the proxy'),
  javaAgentJarPath: n('Java agent used for proxying JVM traffic'),
  windows: n('Windows sandbox backend'),
  git: n('git-specific sandbox behaviour'),
};

const NONE: KeyInfo = { status: 'no-containment-effect', effect: 'display, model choice or housekeeping: does not change what the agent can reach' };

/** What a known key does here; null for a key the real tool does not know. */
export function keyInfo(format: 'claude-code' | 'srt', path: string): KeyInfo | null {
  const dot = path.lastIndexOf('.');
  const parent = dot === -1 ? '' : path.slice(0, dot);
  const leaf = path.slice(dot + 1);
  if (format === 'srt') {
    if (!SRT_KEYS[parent]?.has(leaf)) return null;
    return SRT_INFO[path] ?? NONE;
  }
  const known = parent === '' ? CLAUDE_CODE_TOP_LEVEL.has(leaf) : CLAUDE_CODE_NESTED[parent]?.has(leaf) === true;
  if (!known) return null;
  return CLAUDE_CODE_INFO[path] ?? (parent === '' ? NONE : n('a nested setting of a block Claude Code uses'));
}

/** Objects whose keys are checked one by one (deeper objects are values as a whole). */
export function checkedObjects(format: 'claude-code' | 'srt'): string[] {
  return format === 'srt' ? Object.keys(SRT_KEYS) : ['', ...Object.keys(CLAUDE_CODE_NESTED)];
}

/** Every known key path of a format, for "did you mean" and misplaced-key suggestions. */
export function knownPaths(format: 'claude-code' | 'srt'): string[] {
  if (format === 'srt') return Object.entries(SRT_KEYS).flatMap(([p, keys]) => [...keys].map((k) => (p === '' ? k : `${p}.${k}`)));
  return [...CLAUDE_CODE_TOP_LEVEL, ...Object.entries(CLAUDE_CODE_NESTED).flatMap(([p, keys]) => [...keys].map((k) => `${p}.${k}`))];
}
