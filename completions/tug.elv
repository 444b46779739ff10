
use builtin;
use str;

set edit:completion:arg-completer[tug] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'tug'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'tug'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand -n 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --request-timeout 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever'
            cand -v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --verbose 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --color 'When to colour output: auto colours only a terminal and honours NO_COLOR'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand apply 'Apply manifests to the cluster with server-side apply'
            cand get 'Show resources as tables, or as YAML, JSON, names or JSONPath'
            cand diff 'Show what `apply` would change, as a unified diff per object'
            cand delete 'Delete resources named by manifests, by TYPE NAME or by label selector'
            cand rollout 'Follow, inspect and undo rollouts of deployments, statefulsets and daemonsets'
            cand scale 'Set the number of replicas of a deployment, replicaset or statefulset'
            cand config 'Show the kubeconfig in use, its contexts and the current one'
            cand version 'Print the client version and, when reachable, the server version'
            cand completion 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tug;apply'= {
            cand -f 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)'
            cand --filename 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)'
            cand --field-manager 'The field manager recorded as the owner of the applied fields'
            cand --dry-run 'none sends the change; server asks the server what it would do; client only prints what would be sent'
            cand --validate 'How the server treats unknown or duplicate fields'
            cand --concurrency 'How many objects are applied at the same time'
            cand -o 'Print the applied objects as returned by the server instead of one result line each'
            cand --output 'Print the applied objects as returned by the server instead of one result line each'
            cand --timeout 'How long --wait waits before giving up'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand -n 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --request-timeout 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever'
            cand -v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --verbose 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --color 'When to colour output: auto colours only a terminal and honours NO_COLOR'
            cand -R 'Descend into subdirectories of directories given with -f'
            cand --recursive 'Descend into subdirectories of directories given with -f'
            cand --force-conflicts 'Take ownership of fields that other field managers own'
            cand --always-send 'Send every object, also those whose live object shows that applying changes nothing'
            cand --wait 'Wait until every applied workload has rolled out'
            cand --diff 'Show the diff against the live objects first and ask before applying'
            cand -y 'Answer yes to the confirmation that --diff asks on a terminal'
            cand --yes 'Answer yes to the confirmation that --diff asks on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tug;get'= {
            cand -f 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)'
            cand --filename 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)'
            cand -o 'wide, yaml, json, name, jsonpath=TEMPLATE or custom-columns=SPEC'
            cand --output 'wide, yaml, json, name, jsonpath=TEMPLATE or custom-columns=SPEC'
            cand -l 'Only objects whose labels match, e.g. app=web,tier!=db'
            cand --selector 'Only objects whose labels match, e.g. app=web,tier!=db'
            cand --field-selector 'Only objects whose fields match, e.g. status.phase=Running'
            cand --sort-by 'Sort rows by the value at this JSONPath, e.g. .metadata.name'
            cand --chunk-size 'Fetch lists in pages of this many objects; 0 fetches all at once'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand -n 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --request-timeout 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever'
            cand -v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --verbose 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --color 'When to colour output: auto colours only a terminal and honours NO_COLOR'
            cand -R 'Descend into subdirectories of directories given with -f'
            cand --recursive 'Descend into subdirectories of directories given with -f'
            cand --no-headers 'Leave out the header row of tables'
            cand -A 'List across all namespaces, with a NAMESPACE column'
            cand --all-namespaces 'List across all namespaces, with a NAMESPACE column'
            cand --show-labels 'Add a LABELS column'
            cand -w 'After the table, print a row for every change until interrupted'
            cand --watch 'After the table, print a row for every change until interrupted'
            cand --watch-only 'Print only the changes, not the initial table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tug;diff'= {
            cand -f 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)'
            cand --filename 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)'
            cand --field-manager 'The field manager the dry-run apply uses'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand -n 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --request-timeout 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever'
            cand -v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --verbose 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --color 'When to colour output: auto colours only a terminal and honours NO_COLOR'
            cand -R 'Descend into subdirectories of directories given with -f'
            cand --recursive 'Descend into subdirectories of directories given with -f'
            cand --force-conflicts 'Diff as if fields owned by other managers were taken over'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tug;delete'= {
            cand -f 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)'
            cand --filename 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)'
            cand -l 'Delete the objects whose labels match'
            cand --selector 'Delete the objects whose labels match'
            cand --wait 'Wait until the objects are gone'
            cand --cascade 'How dependents are deleted'
            cand --dry-run 'none deletes; server asks the server what would be deleted'
            cand --timeout 'How long --wait waits'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand -n 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --request-timeout 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever'
            cand -v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --verbose 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --color 'When to colour output: auto colours only a terminal and honours NO_COLOR'
            cand -R 'Descend into subdirectories of directories given with -f'
            cand --recursive 'Descend into subdirectories of directories given with -f'
            cand --all 'Delete every object of the given types in the namespace'
            cand --ignore-not-found 'Treat objects that do not exist as deleted'
            cand -y 'Delete without asking, also on a terminal'
            cand --yes 'Delete without asking, also on a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tug;rollout'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand -n 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --request-timeout 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever'
            cand -v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --verbose 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --color 'When to colour output: auto colours only a terminal and honours NO_COLOR'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Follow a rollout until it completes, and say why when it is stuck'
            cand history 'List the revisions of a workload with their change-cause'
            cand undo 'Roll back to the previous revision, or to --to-revision'
            cand restart 'Restart every pod of a workload with a rolling update'
            cand pause 'Pause a deployment''s rollout'
            cand resume 'Resume a paused deployment''s rollout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tug;rollout;status'= {
            cand -w 'Follow the rollout; false prints the status once (exit 0 done, 1 not done)'
            cand --watch 'Follow the rollout; false prints the status once (exit 0 done, 1 not done)'
            cand --timeout 'Give up after this long; 0 waits forever'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand -n 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --request-timeout 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever'
            cand -v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --verbose 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --color 'When to colour output: auto colours only a terminal and honours NO_COLOR'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tug;rollout;history'= {
            cand --revision 'Show the pod template of this revision'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand -n 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --request-timeout 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever'
            cand -v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --verbose 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --color 'When to colour output: auto colours only a terminal and honours NO_COLOR'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tug;rollout;undo'= {
            cand --to-revision 'The revision to roll back to; 0 is the previous one'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand -n 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --request-timeout 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever'
            cand -v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --verbose 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --color 'When to colour output: auto colours only a terminal and honours NO_COLOR'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tug;rollout;restart'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand -n 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --request-timeout 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever'
            cand -v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --verbose 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --color 'When to colour output: auto colours only a terminal and honours NO_COLOR'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tug;rollout;pause'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand -n 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --request-timeout 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever'
            cand -v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --verbose 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --color 'When to colour output: auto colours only a terminal and honours NO_COLOR'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tug;rollout;resume'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand -n 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --request-timeout 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever'
            cand -v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --verbose 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --color 'When to colour output: auto colours only a terminal and honours NO_COLOR'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tug;rollout;help'= {
            cand status 'Follow a rollout until it completes, and say why when it is stuck'
            cand history 'List the revisions of a workload with their change-cause'
            cand undo 'Roll back to the previous revision, or to --to-revision'
            cand restart 'Restart every pod of a workload with a rolling update'
            cand pause 'Pause a deployment''s rollout'
            cand resume 'Resume a paused deployment''s rollout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tug;rollout;help;status'= {
        }
        &'tug;rollout;help;history'= {
        }
        &'tug;rollout;help;undo'= {
        }
        &'tug;rollout;help;restart'= {
        }
        &'tug;rollout;help;pause'= {
        }
        &'tug;rollout;help;resume'= {
        }
        &'tug;rollout;help;help'= {
        }
        &'tug;scale'= {
            cand -f 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)'
            cand --filename 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)'
            cand --replicas 'The new number of replicas'
            cand --current-replicas 'Only scale if the current number of replicas is this'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand -n 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --request-timeout 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever'
            cand -v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --verbose 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --color 'When to colour output: auto colours only a terminal and honours NO_COLOR'
            cand -R 'Descend into subdirectories of directories given with -f'
            cand --recursive 'Descend into subdirectories of directories given with -f'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tug;config'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand -n 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --request-timeout 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever'
            cand -v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --verbose 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --color 'When to colour output: auto colours only a terminal and honours NO_COLOR'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand view 'Print the merged kubeconfig with credentials redacted'
            cand current-context 'Print the name of the current context'
            cand get-contexts 'List the contexts, marking the current one'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tug;config;view'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand -n 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --request-timeout 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever'
            cand -v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --verbose 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --color 'When to colour output: auto colours only a terminal and honours NO_COLOR'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tug;config;current-context'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand -n 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --request-timeout 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever'
            cand -v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --verbose 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --color 'When to colour output: auto colours only a terminal and honours NO_COLOR'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tug;config;get-contexts'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand -n 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --request-timeout 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever'
            cand -v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --verbose 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --color 'When to colour output: auto colours only a terminal and honours NO_COLOR'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tug;config;help'= {
            cand view 'Print the merged kubeconfig with credentials redacted'
            cand current-context 'Print the name of the current context'
            cand get-contexts 'List the contexts, marking the current one'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tug;config;help;view'= {
        }
        &'tug;config;help;current-context'= {
        }
        &'tug;config;help;get-contexts'= {
        }
        &'tug;config;help;help'= {
        }
        &'tug;version'= {
            cand -o 'Print the versions as yaml or json'
            cand --output 'Print the versions as yaml or json'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand -n 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --request-timeout 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever'
            cand -v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --verbose 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --color 'When to colour output: auto colours only a terminal and honours NO_COLOR'
            cand --client 'Print only the client version, without contacting the server'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tug;completion'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand -n 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace for this request (default: the context''s namespace, else "default")'
            cand --request-timeout 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever'
            cand -v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --verbose 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --v 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)'
            cand --color 'When to colour output: auto colours only a terminal and honours NO_COLOR'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tug;help'= {
            cand apply 'Apply manifests to the cluster with server-side apply'
            cand get 'Show resources as tables, or as YAML, JSON, names or JSONPath'
            cand diff 'Show what `apply` would change, as a unified diff per object'
            cand delete 'Delete resources named by manifests, by TYPE NAME or by label selector'
            cand rollout 'Follow, inspect and undo rollouts of deployments, statefulsets and daemonsets'
            cand scale 'Set the number of replicas of a deployment, replicaset or statefulset'
            cand config 'Show the kubeconfig in use, its contexts and the current one'
            cand version 'Print the client version and, when reachable, the server version'
            cand completion 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tug;help;apply'= {
        }
        &'tug;help;get'= {
        }
        &'tug;help;diff'= {
        }
        &'tug;help;delete'= {
        }
        &'tug;help;rollout'= {
            cand status 'Follow a rollout until it completes, and say why when it is stuck'
            cand history 'List the revisions of a workload with their change-cause'
            cand undo 'Roll back to the previous revision, or to --to-revision'
            cand restart 'Restart every pod of a workload with a rolling update'
            cand pause 'Pause a deployment''s rollout'
            cand resume 'Resume a paused deployment''s rollout'
        }
        &'tug;help;rollout;status'= {
        }
        &'tug;help;rollout;history'= {
        }
        &'tug;help;rollout;undo'= {
        }
        &'tug;help;rollout;restart'= {
        }
        &'tug;help;rollout;pause'= {
        }
        &'tug;help;rollout;resume'= {
        }
        &'tug;help;scale'= {
        }
        &'tug;help;config'= {
            cand view 'Print the merged kubeconfig with credentials redacted'
            cand current-context 'Print the name of the current context'
            cand get-contexts 'List the contexts, marking the current one'
        }
        &'tug;help;config;view'= {
        }
        &'tug;help;config;current-context'= {
        }
        &'tug;help;config;get-contexts'= {
        }
        &'tug;help;version'= {
        }
        &'tug;help;completion'= {
        }
        &'tug;help;help'= {
        }
    ]
    $completions[$command]
}
