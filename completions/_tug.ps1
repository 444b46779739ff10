
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'tug' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'tug'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'tug' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply manifests to the cluster with server-side apply')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show resources as tables, or as YAML, JSON, names or JSONPath')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `apply` would change, as a unified diff per object')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show the details of objects and their events, as kubectl describes them')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'List events, oldest first by when they were last seen')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete resources named by manifests, by TYPE NAME or by label selector')
            [CompletionResult]::new('rollout', 'rollout', [CompletionResultType]::ParameterValue, 'Follow, inspect and undo rollouts of deployments, statefulsets and daemonsets')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Set the number of replicas of a deployment, replicaset or statefulset')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Print the logs of a container in a pod, or of the pods a workload or selector picks')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until objects meet a condition, match a JSONPath value, exist or are deleted')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the kubeconfig in use, its contexts and the current one')
            [CompletionResult]::new('ns', 'ns', [CompletionResultType]::ParameterValue, 'Switch the namespace of the current context; - switches back to the previous one')
            [CompletionResult]::new('api-resources', 'api-resources', [CompletionResultType]::ParameterValue, 'List the resource types the server has, with their short names and verbs')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the client version and, when reachable, the server version')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script that completes types, names, namespaces and contexts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tug;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)')
            [CompletionResult]::new('-R', '-R ', [CompletionResultType]::ParameterName, 'Descend into subdirectories of directories given with -f')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Descend into subdirectories of directories given with -f')
            [CompletionResult]::new('--field-manager', '--field-manager', [CompletionResultType]::ParameterName, 'The field manager recorded as the owner of the applied fields')
            [CompletionResult]::new('--force-conflicts', '--force-conflicts', [CompletionResultType]::ParameterName, 'Take ownership of fields that other field managers own')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'none sends the change; server asks the server what it would do; client only prints what would be sent')
            [CompletionResult]::new('--validate', '--validate', [CompletionResultType]::ParameterName, 'How the server treats unknown or duplicate fields')
            [CompletionResult]::new('--always-send', '--always-send', [CompletionResultType]::ParameterName, 'Send every object, also those whose live object shows that applying changes nothing')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many objects are applied at the same time')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Print the applied objects as returned by the server instead of one result line each')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Print the applied objects as returned by the server instead of one result line each')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until every applied workload has rolled out')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long --wait waits before giving up')
            [CompletionResult]::new('--diff', '--diff', [CompletionResultType]::ParameterName, 'Show the diff against the live objects first and ask before applying')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to the confirmations that --diff and --prune ask on a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to the confirmations that --diff and --prune ask on a terminal')
            [CompletionResult]::new('--continue-on-error', '--continue-on-error', [CompletionResultType]::ParameterName, 'Apply every valid object and report each invalid one, then exit 1, as kubectl does')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Delete the members of the --applyset that this run does not apply')
            [CompletionResult]::new('--applyset', '--applyset', [CompletionResultType]::ParameterName, 'The ApplySet''s parent: a Secret NAME, or RESOURCE[.GROUP]/NAME (a ConfigMap or a custom resource)')
            [CompletionResult]::new('--applyset-takeover', '--applyset-takeover', [CompletionResultType]::ParameterName, 'Prune a set whose parent names another tool (e.g. kubectl), and make tug its tool')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;get' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)')
            [CompletionResult]::new('-R', '-R ', [CompletionResultType]::ParameterName, 'Descend into subdirectories of directories given with -f')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Descend into subdirectories of directories given with -f')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'wide, yaml, json, name, jsonpath=TEMPLATE or custom-columns=SPEC')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'wide, yaml, json, name, jsonpath=TEMPLATE or custom-columns=SPEC')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Only objects whose labels match, e.g. app=web,tier!=db')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Only objects whose labels match, e.g. app=web,tier!=db')
            [CompletionResult]::new('--field-selector', '--field-selector', [CompletionResultType]::ParameterName, 'Only objects whose fields match, e.g. status.phase=Running')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List across all namespaces, with a NAMESPACE column')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List across all namespaces, with a NAMESPACE column')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort rows by the value at this JSONPath, e.g. .metadata.name')
            [CompletionResult]::new('--show-labels', '--show-labels', [CompletionResultType]::ParameterName, 'Add a LABELS column')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After the table, print a row for every change until interrupted')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After the table, print a row for every change until interrupted')
            [CompletionResult]::new('--watch-only', '--watch-only', [CompletionResultType]::ParameterName, 'Print only the changes, not the initial table')
            [CompletionResult]::new('--output-watch-events', '--output-watch-events', [CompletionResultType]::ParameterName, 'With --watch or --watch-only, show the type of each change: an EVENT column (ADDED, MODIFIED, DELETED), or objects wrapped as {"type": …, "object": …}')
            [CompletionResult]::new('--chunk-size', '--chunk-size', [CompletionResultType]::ParameterName, 'Fetch lists in pages of this many objects; 0 fetches all at once')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;diff' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)')
            [CompletionResult]::new('-R', '-R ', [CompletionResultType]::ParameterName, 'Descend into subdirectories of directories given with -f')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Descend into subdirectories of directories given with -f')
            [CompletionResult]::new('--field-manager', '--field-manager', [CompletionResultType]::ParameterName, 'The field manager the dry-run apply uses')
            [CompletionResult]::new('--force-conflicts', '--force-conflicts', [CompletionResultType]::ParameterName, 'Diff as if fields owned by other managers were taken over')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Delete the members of the --applyset that this run does not apply')
            [CompletionResult]::new('--applyset', '--applyset', [CompletionResultType]::ParameterName, 'The ApplySet''s parent: a Secret NAME, or RESOURCE[.GROUP]/NAME (a ConfigMap or a custom resource)')
            [CompletionResult]::new('--applyset-takeover', '--applyset-takeover', [CompletionResultType]::ParameterName, 'Prune a set whose parent names another tool (e.g. kubectl), and make tug its tool')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;describe' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)')
            [CompletionResult]::new('-R', '-R ', [CompletionResultType]::ParameterName, 'Descend into subdirectories of directories given with -f')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Descend into subdirectories of directories given with -f')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Describe the objects whose labels match, e.g. app=web')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Describe the objects whose labels match, e.g. app=web')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Describe objects across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Describe objects across all namespaces')
            [CompletionResult]::new('--show-events', '--show-events', [CompletionResultType]::ParameterName, 'Show the events of each object (default: only when one object is described)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;events' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'Only events about this object, as TYPE/NAME, e.g. deployment/web')
            [CompletionResult]::new('--types', '--types', [CompletionResultType]::ParameterName, 'Only events of these types: Normal, Warning (repeatable or comma-separated)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List events across all namespaces, with a NAMESPACE column')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List events across all namespaces, with a NAMESPACE column')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'After the list, print each new event until interrupted')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After the list, print each new event until interrupted')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;delete' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)')
            [CompletionResult]::new('-R', '-R ', [CompletionResultType]::ParameterName, 'Descend into subdirectories of directories given with -f')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Descend into subdirectories of directories given with -f')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Delete the objects whose labels match')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Delete the objects whose labels match')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Delete every object of the given types in the namespace')
            [CompletionResult]::new('--applyset', '--applyset', [CompletionResultType]::ParameterName, 'Delete every member of this ApplySet, then its parent ([RESOURCE[.GROUP]/]NAME as for apply)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the objects are gone')
            [CompletionResult]::new('--cascade', '--cascade', [CompletionResultType]::ParameterName, 'How dependents are deleted')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'none deletes; server asks the server what would be deleted')
            [CompletionResult]::new('--ignore-not-found', '--ignore-not-found', [CompletionResultType]::ParameterName, 'Treat objects that do not exist as deleted')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking, also on a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking, also on a terminal')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long --wait waits')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;rollout' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Follow a rollout until it completes, and say why when it is stuck')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List the revisions of a workload with their change-cause')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Roll back to the previous revision, or to --to-revision')
            [CompletionResult]::new('restart', 'restart', [CompletionResultType]::ParameterValue, 'Restart every pod of a workload with a rolling update')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause a deployment''s rollout')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a paused deployment''s rollout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tug;rollout;status' {
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Follow the rollout; false prints the status once (exit 0 done, 1 not done)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Follow the rollout; false prints the status once (exit 0 done, 1 not done)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long; 0 waits forever')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;rollout;history' {
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Show the pod template of this revision')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;rollout;undo' {
            [CompletionResult]::new('--to-revision', '--to-revision', [CompletionResultType]::ParameterName, 'The revision to roll back to; 0 is the previous one')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;rollout;restart' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;rollout;pause' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;rollout;resume' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;rollout;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Follow a rollout until it completes, and say why when it is stuck')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List the revisions of a workload with their change-cause')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Roll back to the previous revision, or to --to-revision')
            [CompletionResult]::new('restart', 'restart', [CompletionResultType]::ParameterValue, 'Restart every pod of a workload with a rolling update')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause a deployment''s rollout')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a paused deployment''s rollout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tug;rollout;help;status' {
            break
        }
        'tug;rollout;help;history' {
            break
        }
        'tug;rollout;help;undo' {
            break
        }
        'tug;rollout;help;restart' {
            break
        }
        'tug;rollout;help;pause' {
            break
        }
        'tug;rollout;help;resume' {
            break
        }
        'tug;rollout;help;help' {
            break
        }
        'tug;scale' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)')
            [CompletionResult]::new('-R', '-R ', [CompletionResultType]::ParameterName, 'Descend into subdirectories of directories given with -f')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Descend into subdirectories of directories given with -f')
            [CompletionResult]::new('--replicas', '--replicas', [CompletionResultType]::ParameterName, 'The new number of replicas')
            [CompletionResult]::new('--current-replicas', '--current-replicas', [CompletionResultType]::ParameterName, 'Only scale if the current number of replicas is this')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;logs' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'The container whose logs to print (default: the pod''s default-container annotation, else its first container)')
            [CompletionResult]::new('--container', '--container', [CompletionResultType]::ParameterName, 'The container whose logs to print (default: the pod''s default-container annotation, else its first container)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Keep printing the log as it grows, until every stream ends or Ctrl-C')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep printing the log as it grows, until every stream ends or Ctrl-C')
            [CompletionResult]::new('--tail', '--tail', [CompletionResultType]::ParameterName, 'Print only this many of the most recent lines; -1 prints all (default: all, 10 with -l)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only lines newer than this, e.g. 30s, 5m, 1h')
            [CompletionResult]::new('--since-time', '--since-time', [CompletionResultType]::ParameterName, 'Only lines written at or after this time (RFC 3339, e.g. 2026-11-28T15:00:00Z)')
            [CompletionResult]::new('--timestamps', '--timestamps', [CompletionResultType]::ParameterName, 'Begin each line with the time it was written (RFC 3339)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'The logs of the previous instance of the container, e.g. before it crashed')
            [CompletionResult]::new('--previous', '--previous', [CompletionResultType]::ParameterName, 'The logs of the previous instance of the container, e.g. before it crashed')
            [CompletionResult]::new('--all-containers', '--all-containers', [CompletionResultType]::ParameterName, 'Every container of the pod(s): init containers, containers, ephemeral containers')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'The pods whose labels match, e.g. app=web; each line is prefixed with its source')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'The pods whose labels match, e.g. app=web; each line is prefixed with its source')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Begin each line with its source, [pod/NAME/CONTAINER] (default: true with -l)')
            [CompletionResult]::new('--limit-bytes', '--limit-bytes', [CompletionResultType]::ParameterName, 'Stop each log after this many bytes')
            [CompletionResult]::new('--max-log-requests', '--max-log-requests', [CompletionResultType]::ParameterName, 'How many logs -f follows at once at most')
            [CompletionResult]::new('--pod-running-timeout', '--pod-running-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a pod to exist and for its container to start')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;wait' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)')
            [CompletionResult]::new('-R', '-R ', [CompletionResultType]::ParameterName, 'Descend into subdirectories of directories given with -f')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Descend into subdirectories of directories given with -f')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'What to wait for (repeatable, all must hold): condition=NAME[=VALUE] (VALUE defaults to true, compared ignoring case), jsonpath=EXPR[=VALUE] (without VALUE, any value), create or delete')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Wait for the objects whose labels match, e.g. app=web (those that exist now)')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Wait for the objects whose labels match, e.g. app=web (those that exist now)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Wait for every object of the given types in the namespace (those that exist now)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for all of them; 0 checks once, a negative duration waits a week')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;config' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Print the merged kubeconfig with credentials redacted')
            [CompletionResult]::new('current-context', 'current-context', [CompletionResultType]::ParameterValue, 'Print the name of the current context')
            [CompletionResult]::new('get-contexts', 'get-contexts', [CompletionResultType]::ParameterValue, 'List the contexts (or the ones named), marking the current one')
            [CompletionResult]::new('use-context', 'use-context', [CompletionResultType]::ParameterValue, 'Switch the current context; - switches back to the previous one')
            [CompletionResult]::new('set-context', 'set-context', [CompletionResultType]::ParameterValue, 'Set the namespace, cluster or user of a context, creating it if needed')
            [CompletionResult]::new('rename-context', 'rename-context', [CompletionResultType]::ParameterValue, 'Rename a context in the kubeconfig file that defines it')
            [CompletionResult]::new('delete-context', 'delete-context', [CompletionResultType]::ParameterValue, 'Delete a context from the kubeconfig file that defines it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tug;config;view' {
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Show credentials and certificate data as they are, instead of redacted')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;config;current-context' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;config;get-contexts' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'name prints only the names')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'name prints only the names')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;config;use-context' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;config;set-context' {
            [CompletionResult]::new('--current', '--current', [CompletionResultType]::ParameterName, 'Change the current context')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;config;rename-context' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;config;delete-context' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;config;help' {
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Print the merged kubeconfig with credentials redacted')
            [CompletionResult]::new('current-context', 'current-context', [CompletionResultType]::ParameterValue, 'Print the name of the current context')
            [CompletionResult]::new('get-contexts', 'get-contexts', [CompletionResultType]::ParameterValue, 'List the contexts (or the ones named), marking the current one')
            [CompletionResult]::new('use-context', 'use-context', [CompletionResultType]::ParameterValue, 'Switch the current context; - switches back to the previous one')
            [CompletionResult]::new('set-context', 'set-context', [CompletionResultType]::ParameterValue, 'Set the namespace, cluster or user of a context, creating it if needed')
            [CompletionResult]::new('rename-context', 'rename-context', [CompletionResultType]::ParameterValue, 'Rename a context in the kubeconfig file that defines it')
            [CompletionResult]::new('delete-context', 'delete-context', [CompletionResultType]::ParameterValue, 'Delete a context from the kubeconfig file that defines it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tug;config;help;view' {
            break
        }
        'tug;config;help;current-context' {
            break
        }
        'tug;config;help;get-contexts' {
            break
        }
        'tug;config;help;use-context' {
            break
        }
        'tug;config;help;set-context' {
            break
        }
        'tug;config;help;rename-context' {
            break
        }
        'tug;config;help;delete-context' {
            break
        }
        'tug;config;help;help' {
            break
        }
        'tug;ns' {
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Switch also to a namespace the cluster does not have (or that cannot be checked)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;api-resources' {
            [CompletionResult]::new('--namespaced', '--namespaced', [CompletionResultType]::ParameterName, 'Only namespaced types (true), or only cluster-scoped ones (false)')
            [CompletionResult]::new('--api-group', '--api-group', [CompletionResultType]::ParameterName, 'Only the types of this API group; "" is the core group')
            [CompletionResult]::new('--verbs', '--verbs', [CompletionResultType]::ParameterName, 'Only the types that support all these verbs, e.g. list,watch')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'wide adds VERBS and CATEGORIES; name prints one TYPE.GROUP per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'wide adds VERBS and CATEGORIES; name prints one TYPE.GROUP per line')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort by name or kind instead of by API group')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row')
            [CompletionResult]::new('--cached', '--cached', [CompletionResultType]::ParameterName, 'Use the discovery cache even when the server could be asked')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;version' {
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Print only the client version, without contacting the server')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Print the versions as yaml or json')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Print the versions as yaml or json')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;completion' {
            [CompletionResult]::new('--static', '--static', [CompletionResultType]::ParameterName, 'Print the self-contained script of completions/, which completes subcommands and flags without calling tug (no types, names or namespaces)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace for this request (default: the context''s namespace, else "default")')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto colours only a terminal and honours NO_COLOR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The address of the API server, e.g. https://10.0.0.1:6443')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A bearer token for authentication to the API server')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The kubeconfig user to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The kubeconfig cluster to use')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The user to impersonate for the operation')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'A group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--certificate-authority', '--certificate-authority', [CompletionResultType]::ParameterName, 'A certificate file of the certificate authority that signed the API server''s certificate')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate of the API server: makes the connection open to interception')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tug;help' {
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply manifests to the cluster with server-side apply')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show resources as tables, or as YAML, JSON, names or JSONPath')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `apply` would change, as a unified diff per object')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show the details of objects and their events, as kubectl describes them')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'List events, oldest first by when they were last seen')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete resources named by manifests, by TYPE NAME or by label selector')
            [CompletionResult]::new('rollout', 'rollout', [CompletionResultType]::ParameterValue, 'Follow, inspect and undo rollouts of deployments, statefulsets and daemonsets')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Set the number of replicas of a deployment, replicaset or statefulset')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Print the logs of a container in a pod, or of the pods a workload or selector picks')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until objects meet a condition, match a JSONPath value, exist or are deleted')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the kubeconfig in use, its contexts and the current one')
            [CompletionResult]::new('ns', 'ns', [CompletionResultType]::ParameterValue, 'Switch the namespace of the current context; - switches back to the previous one')
            [CompletionResult]::new('api-resources', 'api-resources', [CompletionResultType]::ParameterValue, 'List the resource types the server has, with their short names and verbs')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the client version and, when reachable, the server version')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script that completes types, names, namespaces and contexts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tug;help;apply' {
            break
        }
        'tug;help;get' {
            break
        }
        'tug;help;diff' {
            break
        }
        'tug;help;describe' {
            break
        }
        'tug;help;events' {
            break
        }
        'tug;help;delete' {
            break
        }
        'tug;help;rollout' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Follow a rollout until it completes, and say why when it is stuck')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List the revisions of a workload with their change-cause')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Roll back to the previous revision, or to --to-revision')
            [CompletionResult]::new('restart', 'restart', [CompletionResultType]::ParameterValue, 'Restart every pod of a workload with a rolling update')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause a deployment''s rollout')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a paused deployment''s rollout')
            break
        }
        'tug;help;rollout;status' {
            break
        }
        'tug;help;rollout;history' {
            break
        }
        'tug;help;rollout;undo' {
            break
        }
        'tug;help;rollout;restart' {
            break
        }
        'tug;help;rollout;pause' {
            break
        }
        'tug;help;rollout;resume' {
            break
        }
        'tug;help;scale' {
            break
        }
        'tug;help;logs' {
            break
        }
        'tug;help;wait' {
            break
        }
        'tug;help;config' {
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Print the merged kubeconfig with credentials redacted')
            [CompletionResult]::new('current-context', 'current-context', [CompletionResultType]::ParameterValue, 'Print the name of the current context')
            [CompletionResult]::new('get-contexts', 'get-contexts', [CompletionResultType]::ParameterValue, 'List the contexts (or the ones named), marking the current one')
            [CompletionResult]::new('use-context', 'use-context', [CompletionResultType]::ParameterValue, 'Switch the current context; - switches back to the previous one')
            [CompletionResult]::new('set-context', 'set-context', [CompletionResultType]::ParameterValue, 'Set the namespace, cluster or user of a context, creating it if needed')
            [CompletionResult]::new('rename-context', 'rename-context', [CompletionResultType]::ParameterValue, 'Rename a context in the kubeconfig file that defines it')
            [CompletionResult]::new('delete-context', 'delete-context', [CompletionResultType]::ParameterValue, 'Delete a context from the kubeconfig file that defines it')
            break
        }
        'tug;help;config;view' {
            break
        }
        'tug;help;config;current-context' {
            break
        }
        'tug;help;config;get-contexts' {
            break
        }
        'tug;help;config;use-context' {
            break
        }
        'tug;help;config;set-context' {
            break
        }
        'tug;help;config;rename-context' {
            break
        }
        'tug;help;config;delete-context' {
            break
        }
        'tug;help;ns' {
            break
        }
        'tug;help;api-resources' {
            break
        }
        'tug;help;version' {
            break
        }
        'tug;help;completion' {
            break
        }
        'tug;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
