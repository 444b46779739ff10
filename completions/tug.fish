# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_tug_global_optspecs
    string join \n kubeconfig= context= n/namespace= request-timeout= v/verbose= color= s/server= token= user= cluster= as= as-group= certificate-authority= insecure-skip-tls-verify= as-uid= as-user-extra= cache-dir= client-certificate= client-key= disable-compression= kuberc= log-flush-frequency= match-server-version= password= username= profile= profile-output= proxy-url= tls-server-name= vmodule= warnings-as-errors= h/help V/version
end

function __fish_tug_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_tug_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_tug_using_subcommand
    set -l cmd (__fish_tug_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c tug -n "__fish_tug_needs_command" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_needs_command" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_needs_command" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_needs_command" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_needs_command" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_needs_command" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_needs_command" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_needs_command" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_needs_command" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_needs_command" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_needs_command" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_needs_command" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_needs_command" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_needs_command" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_needs_command" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_needs_command" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_needs_command" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_needs_command" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_needs_command" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_needs_command" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_needs_command" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_needs_command" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_needs_command" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_needs_command" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_needs_command" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_needs_command" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_needs_command" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_needs_command" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_needs_command" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_needs_command" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_needs_command" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tug -n "__fish_tug_needs_command" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_needs_command" -f -a "apply" -d 'Apply manifests to the cluster with server-side apply'
complete -c tug -n "__fish_tug_needs_command" -f -a "get" -d 'Show resources as tables, or as YAML, JSON, names or JSONPath'
complete -c tug -n "__fish_tug_needs_command" -f -a "diff" -d 'Show what `apply` would change, as a unified diff per object'
complete -c tug -n "__fish_tug_needs_command" -f -a "describe" -d 'Show the details of objects and their events, as kubectl describes them'
complete -c tug -n "__fish_tug_needs_command" -f -a "events" -d 'List events, oldest first by when they were last seen'
complete -c tug -n "__fish_tug_needs_command" -f -a "delete" -d 'Delete resources named by manifests, by TYPE NAME or by label selector'
complete -c tug -n "__fish_tug_needs_command" -f -a "rollout" -d 'Follow, inspect and undo rollouts of deployments, statefulsets and daemonsets'
complete -c tug -n "__fish_tug_needs_command" -f -a "scale" -d 'Set the number of replicas of a deployment, replicaset or statefulset'
complete -c tug -n "__fish_tug_needs_command" -f -a "logs" -d 'Print the logs of a container in a pod, or of the pods a workload or selector picks'
complete -c tug -n "__fish_tug_needs_command" -f -a "wait" -d 'Wait until objects meet a condition, match a JSONPath value, exist or are deleted'
complete -c tug -n "__fish_tug_needs_command" -f -a "config" -d 'Show the kubeconfig in use, its contexts and the current one'
complete -c tug -n "__fish_tug_needs_command" -f -a "ns" -d 'Switch the namespace of the current context; - switches back to the previous one'
complete -c tug -n "__fish_tug_needs_command" -f -a "api-resources" -d 'List the resource types the server has, with their short names and verbs'
complete -c tug -n "__fish_tug_needs_command" -f -a "version" -d 'Print the client version and, when reachable, the server version'
complete -c tug -n "__fish_tug_needs_command" -f -a "completion" -d 'Print a shell completion script that completes types, names, namespaces and contexts'
complete -c tug -n "__fish_tug_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tug -n "__fish_tug_using_subcommand apply" -s f -l filename -d 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)' -r -F
complete -c tug -n "__fish_tug_using_subcommand apply" -s R -l recursive -d 'Descend into subdirectories of directories given with -f' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l field-manager -d 'The field manager recorded as the owner of the applied fields' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l force-conflicts -d 'Take ownership of fields that other field managers own' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l dry-run -d 'none sends the change; server asks the server what it would do; client only prints what would be sent' -r -f -a "none\t''
server\t''
client\t''"
complete -c tug -n "__fish_tug_using_subcommand apply" -l validate -d 'How the server treats unknown or duplicate fields' -r -f -a "strict\t''
warn\t''
ignore\t''"
complete -c tug -n "__fish_tug_using_subcommand apply" -l always-send -d 'Send every object, also those whose live object shows that applying changes nothing' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l concurrency -d 'How many objects are applied at the same time' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -s o -l output -d 'Print the applied objects as returned by the server instead of one result line each' -r -f -a "name\t''
yaml\t''
json\t''"
complete -c tug -n "__fish_tug_using_subcommand apply" -l wait -d 'Wait until every applied workload has rolled out' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l timeout -d 'How long --wait waits before giving up' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l diff -d 'Show the diff against the live objects first and ask before applying' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -s y -l yes -d 'Answer yes to the confirmations that --diff and --prune ask on a terminal' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l continue-on-error -d 'Apply every valid object and report each invalid one, then exit 1, as kubectl does' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l prune -d 'Delete the members of the --applyset that this run does not apply' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l applyset -d 'The ApplySet\'s parent: a Secret NAME, or RESOURCE[.GROUP]/NAME (a ConfigMap or a custom resource)' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l applyset-takeover -d 'Prune a set whose parent names another tool (e.g. kubectl), and make tug its tool' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l all -d 'Accepted with a warning: tug prunes only the members of --applyset, not every object of the namespace' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l allow-missing-template-keys -d 'Accepted as kubectl\'s; only Go templates use it (-o go-template), which tug does not print' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l cascade -d 'Accepted with a warning: tug prunes with background cascading deletion' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l force -d 'Accepted with a warning: tug does not delete and re-create objects it cannot apply' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l grace-period -d 'Accepted with a warning: tug prunes with each object\'s own grace period' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -s k -l kustomize -d 'Refused: tug does not build kustomizations; run `kustomize build DIR | tug COMMAND -f -` instead' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l openapi-patch -d 'Accepted as kubectl\'s; only client-side apply uses it; tug applies server-side' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l overwrite -d 'Accepted as kubectl\'s; only client-side apply uses it; tug applies server-side' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l prune-allowlist -d 'Accepted with a warning: tug prunes every kind its ApplySet records' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -s l -l selector -d 'Refused: tug applies every object of its input; filter the manifests instead' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l server-side -d 'Accepted as kubectl\'s; always: tug applies server-side' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l show-managed-fields -d 'Accepted as kubectl\'s; -o yaml and -o json print the objects as the server returns them, managedFields included' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l subresource -d 'Refused: tug applies whole objects, not subresources' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l template -d 'Accepted as kubectl\'s; only Go templates use it (-o go-template), which tug does not print' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand apply" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand apply" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand apply" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tug -n "__fish_tug_using_subcommand apply" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand get" -s f -l filename -d 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)' -r -F
complete -c tug -n "__fish_tug_using_subcommand get" -s R -l recursive -d 'Descend into subdirectories of directories given with -f' -r
complete -c tug -n "__fish_tug_using_subcommand get" -s o -l output -d 'wide, yaml, json, name, jsonpath=TEMPLATE or custom-columns=SPEC' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l no-headers -d 'Leave out the header row of tables' -r
complete -c tug -n "__fish_tug_using_subcommand get" -s l -l selector -d 'Only objects whose labels match, e.g. app=web,tier!=db' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l field-selector -d 'Only objects whose fields match, e.g. status.phase=Running' -r
complete -c tug -n "__fish_tug_using_subcommand get" -s A -l all-namespaces -d 'List across all namespaces, with a NAMESPACE column' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l sort-by -d 'Sort rows by the value at this JSONPath, e.g. .metadata.name' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l show-labels -d 'Add a LABELS column' -r
complete -c tug -n "__fish_tug_using_subcommand get" -s L -l label-columns -d 'Add a column with the value of each of these labels (repeatable or comma-separated)' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l show-kind -d 'Prefix names with their kind also when only one type is listed' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l ignore-not-found -d 'Say nothing about named objects that do not exist, and print nothing when nothing is found' -r
complete -c tug -n "__fish_tug_using_subcommand get" -s w -l watch -d 'After the table, print a row for every change until interrupted' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l watch-only -d 'Print only the changes, not the initial table' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l output-watch-events -d 'With --watch or --watch-only, show the type of each change: an EVENT column (ADDED, MODIFIED, DELETED), or objects wrapped as {"type": …, "object": …}' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l chunk-size -d 'Fetch lists in pages of this many objects; 0 fetches all at once' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l allow-missing-template-keys -d 'Accepted as kubectl\'s; only Go templates use it (-o go-template), which tug does not print' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l show-managed-fields -d 'Accepted with a warning: tug leaves managedFields out of -o yaml and -o json' -r
complete -c tug -n "__fish_tug_using_subcommand get" -s k -l kustomize -d 'Refused: tug does not build kustomizations; run `kustomize build DIR | tug COMMAND -f -` instead' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l raw -d 'Refused: tug does not request raw URIs' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l server-print -d 'Accepted as kubectl\'s; tug asks the server for its table whenever it prints one' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l subresource -d 'Refused: tug reads whole objects, not subresources' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l template -d 'Accepted as kubectl\'s; only Go templates use it (-o go-template), which tug does not print' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand get" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand get" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand get" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand get" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand get" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand get" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tug -n "__fish_tug_using_subcommand get" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand diff" -s f -l filename -d 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)' -r -F
complete -c tug -n "__fish_tug_using_subcommand diff" -s R -l recursive -d 'Descend into subdirectories of directories given with -f' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l field-manager -d 'The field manager the dry-run apply uses' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l force-conflicts -d 'Diff as if fields owned by other managers were taken over' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l prune -d 'Delete the members of the --applyset that this run does not apply' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l applyset -d 'The ApplySet\'s parent: a Secret NAME, or RESOURCE[.GROUP]/NAME (a ConfigMap or a custom resource)' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l applyset-takeover -d 'Prune a set whose parent names another tool (e.g. kubectl), and make tug its tool' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l concurrency -d 'Accepted as kubectl\'s; tug compares every object at the same time' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -s k -l kustomize -d 'Refused: tug does not build kustomizations; run `kustomize build DIR | tug COMMAND -f -` instead' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l prune-allowlist -d 'Accepted with a warning: tug prunes every kind its ApplySet records' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -s l -l selector -d 'Refused: tug compares every object of its input; filter the manifests instead' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l server-side -d 'Accepted as kubectl\'s; always: tug compares with a server-side dry run' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l show-managed-fields -d 'Accepted with a warning: tug leaves managedFields out of the diff' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l show-secrets -d 'Accepted with a warning: tug never shows the values of Secrets in a diff' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand diff" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand diff" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand diff" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tug -n "__fish_tug_using_subcommand diff" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand describe" -s f -l filename -d 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)' -r -F
complete -c tug -n "__fish_tug_using_subcommand describe" -s R -l recursive -d 'Descend into subdirectories of directories given with -f' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -s l -l selector -d 'Describe the objects whose labels match, e.g. app=web' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -s A -l all-namespaces -d 'Describe objects across all namespaces' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l show-events -d 'Show the events of each object (default: only when one object is described)' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l chunk-size -d 'Accepted as kubectl\'s; describe reads each list in one request' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -s k -l kustomize -d 'Refused: tug does not build kustomizations; run `kustomize build DIR | tug COMMAND -f -` instead' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand describe" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand describe" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand describe" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tug -n "__fish_tug_using_subcommand describe" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand events" -l for -d 'Only events about this object, as TYPE/NAME, e.g. deployment/web' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l types -d 'Only events of these types: Normal, Warning (repeatable or comma-separated)' -r
complete -c tug -n "__fish_tug_using_subcommand events" -s A -l all-namespaces -d 'List events across all namespaces, with a NAMESPACE column' -r
complete -c tug -n "__fish_tug_using_subcommand events" -s w -l watch -d 'After the list, print each new event until interrupted' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l no-headers -d 'Leave out the header row' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l allow-missing-template-keys -d 'Accepted as kubectl\'s; only Go templates use it (-o go-template), which tug does not print' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l chunk-size -d 'Accepted as kubectl\'s; events reads each list in one request' -r
complete -c tug -n "__fish_tug_using_subcommand events" -s o -l output -d 'Refused: tug events prints tables only; `tug get events -o yaml` prints the events as objects' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l show-managed-fields -d 'Accepted as kubectl\'s; this command prints no objects as YAML or JSON' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l template -d 'Accepted as kubectl\'s; only Go templates use it (-o go-template), which tug does not print' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand events" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand events" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand events" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand events" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand events" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand events" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand events" -s h -l help -d 'Print help'
complete -c tug -n "__fish_tug_using_subcommand events" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand delete" -s f -l filename -d 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)' -r -F
complete -c tug -n "__fish_tug_using_subcommand delete" -s R -l recursive -d 'Descend into subdirectories of directories given with -f' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -s l -l selector -d 'Delete the objects whose labels match' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l all -d 'Delete every object of the given types in the namespace' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l field-selector -d 'Delete the objects whose fields match, e.g. status.phase=Succeeded' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -s A -l all-namespaces -d 'With -l, --field-selector or --all: across all namespaces' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l grace-period -d 'Seconds each object is given to end; -1 its own default, 0 (with --force) at once' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l now -d 'End the objects at once (grace period 1)' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l force -d 'Remove the objects from the API at once, without waiting for them to end (grace period 0)' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -s o -l output -d 'name prints each deleted object as TYPE/NAME' -r -f -a "name\t''"
complete -c tug -n "__fish_tug_using_subcommand delete" -l applyset -d 'Delete every member of this ApplySet, then its parent ([RESOURCE[.GROUP]/]NAME as for apply)' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l wait -d 'Wait until the objects are gone' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l cascade -d 'How dependents are deleted' -r -f -a "background\t''
foreground\t''
orphan\t''"
complete -c tug -n "__fish_tug_using_subcommand delete" -l dry-run -d 'none deletes; server asks the server what would be deleted' -r -f -a "none\t''
server\t''
client\t''"
complete -c tug -n "__fish_tug_using_subcommand delete" -l ignore-not-found -d 'Treat objects that do not exist as deleted' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -s y -l yes -d 'Delete without asking, also on a terminal' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l timeout -d 'How long --wait waits' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -s i -l interactive -d 'Accepted with a warning: tug asks once for all the objects, and only on a terminal (-y skips it)' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -s k -l kustomize -d 'Refused: tug does not build kustomizations; run `kustomize build DIR | tug COMMAND -f -` instead' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l raw -d 'Refused: tug does not request raw URIs' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand delete" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand delete" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand delete" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand delete" -s h -l help -d 'Print help'
complete -c tug -n "__fish_tug_using_subcommand delete" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -s h -l help -d 'Print help'
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -f -a "status" -d 'Follow a rollout until it completes, and say why when it is stuck'
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -f -a "history" -d 'List the revisions of a workload with their change-cause'
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -f -a "undo" -d 'Roll back to the previous revision, or to --to-revision'
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -f -a "restart" -d 'Restart every pod of a workload with a rolling update'
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -f -a "pause" -d 'Pause a deployment\'s rollout'
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -f -a "resume" -d 'Resume a paused deployment\'s rollout'
complete -c tug -n "__fish_tug_using_subcommand rollout; and not __fish_seen_subcommand_from status history undo restart pause resume help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -s w -l watch -d 'Follow the rollout; false prints the status once (exit 0 done, 1 not done)' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l timeout -d 'Give up after this long; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -s f -l filename -d 'Refused: tug\'s rollout commands take TYPE/NAME arguments, not manifests' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -s k -l kustomize -d 'Refused: tug does not build kustomizations; run `kustomize build DIR | tug COMMAND -f -` instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -s R -l recursive -d 'Refused: tug\'s rollout commands take TYPE/NAME arguments, not manifests' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l revision -d 'Refused: tug follows the latest revision only' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -s l -l selector -d 'Refused: tug\'s rollout commands take TYPE/NAME arguments, not a selector' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l revision -d 'Show the pod template of this revision' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l allow-missing-template-keys -d 'Accepted as kubectl\'s; only Go templates use it (-o go-template), which tug does not print' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -s f -l filename -d 'Refused: tug\'s rollout commands take TYPE/NAME arguments, not manifests' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -s k -l kustomize -d 'Refused: tug does not build kustomizations; run `kustomize build DIR | tug COMMAND -f -` instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -s o -l output -d 'Refused: tug\'s rollout commands print only their result lines' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -s R -l recursive -d 'Refused: tug\'s rollout commands take TYPE/NAME arguments, not manifests' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -s l -l selector -d 'Refused: tug\'s rollout commands take TYPE/NAME arguments, not a selector' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l show-managed-fields -d 'Accepted as kubectl\'s; this command prints no objects as YAML or JSON' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l template -d 'Accepted as kubectl\'s; only Go templates use it (-o go-template), which tug does not print' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l to-revision -d 'The revision to roll back to; 0 is the previous one' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l allow-missing-template-keys -d 'Accepted as kubectl\'s; only Go templates use it (-o go-template), which tug does not print' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l dry-run -d 'Refused: tug\'s undo has no dry run' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -s f -l filename -d 'Refused: tug\'s rollout commands take TYPE/NAME arguments, not manifests' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -s k -l kustomize -d 'Refused: tug does not build kustomizations; run `kustomize build DIR | tug COMMAND -f -` instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -s o -l output -d 'Refused: tug\'s rollout commands print only their result lines' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -s R -l recursive -d 'Refused: tug\'s rollout commands take TYPE/NAME arguments, not manifests' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -s l -l selector -d 'Refused: tug\'s rollout commands take TYPE/NAME arguments, not a selector' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l show-managed-fields -d 'Accepted as kubectl\'s; this command prints no objects as YAML or JSON' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l template -d 'Accepted as kubectl\'s; only Go templates use it (-o go-template), which tug does not print' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -s h -l help -d 'Print help'
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from undo" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l allow-missing-template-keys -d 'Accepted as kubectl\'s; only Go templates use it (-o go-template), which tug does not print' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l field-manager -d 'Accepted as kubectl\'s; tug records its changes as the field manager tug' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -s f -l filename -d 'Refused: tug\'s rollout commands take TYPE/NAME arguments, not manifests' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -s k -l kustomize -d 'Refused: tug does not build kustomizations; run `kustomize build DIR | tug COMMAND -f -` instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -s o -l output -d 'Refused: tug\'s rollout commands print only their result lines' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -s R -l recursive -d 'Refused: tug\'s rollout commands take TYPE/NAME arguments, not manifests' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -s l -l selector -d 'Refused: tug\'s rollout commands take TYPE/NAME arguments, not a selector' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l show-managed-fields -d 'Accepted as kubectl\'s; this command prints no objects as YAML or JSON' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l template -d 'Accepted as kubectl\'s; only Go templates use it (-o go-template), which tug does not print' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from restart" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l allow-missing-template-keys -d 'Accepted as kubectl\'s; only Go templates use it (-o go-template), which tug does not print' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l field-manager -d 'Accepted as kubectl\'s; tug records its changes as the field manager tug' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -s f -l filename -d 'Refused: tug\'s rollout commands take TYPE/NAME arguments, not manifests' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -s k -l kustomize -d 'Refused: tug does not build kustomizations; run `kustomize build DIR | tug COMMAND -f -` instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -s o -l output -d 'Refused: tug\'s rollout commands print only their result lines' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -s R -l recursive -d 'Refused: tug\'s rollout commands take TYPE/NAME arguments, not manifests' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -s l -l selector -d 'Refused: tug\'s rollout commands take TYPE/NAME arguments, not a selector' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l show-managed-fields -d 'Accepted as kubectl\'s; this command prints no objects as YAML or JSON' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l template -d 'Accepted as kubectl\'s; only Go templates use it (-o go-template), which tug does not print' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from pause" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l allow-missing-template-keys -d 'Accepted as kubectl\'s; only Go templates use it (-o go-template), which tug does not print' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l field-manager -d 'Accepted as kubectl\'s; tug records its changes as the field manager tug' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -s f -l filename -d 'Refused: tug\'s rollout commands take TYPE/NAME arguments, not manifests' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -s k -l kustomize -d 'Refused: tug does not build kustomizations; run `kustomize build DIR | tug COMMAND -f -` instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -s o -l output -d 'Refused: tug\'s rollout commands print only their result lines' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -s R -l recursive -d 'Refused: tug\'s rollout commands take TYPE/NAME arguments, not manifests' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -s l -l selector -d 'Refused: tug\'s rollout commands take TYPE/NAME arguments, not a selector' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l show-managed-fields -d 'Accepted as kubectl\'s; this command prints no objects as YAML or JSON' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l template -d 'Accepted as kubectl\'s; only Go templates use it (-o go-template), which tug does not print' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -s h -l help -d 'Print help'
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from resume" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "status" -d 'Follow a rollout until it completes, and say why when it is stuck'
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "history" -d 'List the revisions of a workload with their change-cause'
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "undo" -d 'Roll back to the previous revision, or to --to-revision'
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "restart" -d 'Restart every pod of a workload with a rolling update'
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Pause a deployment\'s rollout'
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "resume" -d 'Resume a paused deployment\'s rollout'
complete -c tug -n "__fish_tug_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tug -n "__fish_tug_using_subcommand scale" -s f -l filename -d 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)' -r -F
complete -c tug -n "__fish_tug_using_subcommand scale" -s R -l recursive -d 'Descend into subdirectories of directories given with -f' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l replicas -d 'The new number of replicas' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l current-replicas -d 'Only scale if the current number of replicas is this' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l all -d 'Refused: not implemented yet' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l dry-run -d 'Refused: not implemented yet' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -s o -l output -d 'Refused: not implemented yet' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l resource-version -d 'Refused: not implemented yet' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -s l -l selector -d 'Refused: not implemented yet' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l timeout -d 'Refused: not implemented yet' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l allow-missing-template-keys -d 'Accepted as kubectl\'s; only Go templates use it (-o go-template), which tug does not print' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -s k -l kustomize -d 'Refused: tug does not build kustomizations; run `kustomize build DIR | tug COMMAND -f -` instead' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l show-managed-fields -d 'Accepted as kubectl\'s; this command prints no objects as YAML or JSON' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l template -d 'Accepted as kubectl\'s; only Go templates use it (-o go-template), which tug does not print' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand scale" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand scale" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand scale" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand scale" -s h -l help -d 'Print help'
complete -c tug -n "__fish_tug_using_subcommand scale" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand logs" -s c -l container -d 'The container whose logs to print (default: the pod\'s default-container annotation, else its first container)' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -s f -l follow -d 'Keep printing the log as it grows, until every stream ends or Ctrl-C' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l tail -d 'Print only this many of the most recent lines; -1 prints all (default: all, 10 with -l)' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l since -d 'Only lines newer than this, e.g. 30s, 5m, 1h' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l since-time -d 'Only lines written at or after this time (RFC 3339, e.g. 2026-11-28T15:00:00Z)' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l timestamps -d 'Begin each line with the time it was written (RFC 3339)' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -s p -l previous -d 'The logs of the previous instance of the container, e.g. before it crashed' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l all-containers -d 'Every container of the pod(s): init containers, containers, ephemeral containers' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -s l -l selector -d 'The pods whose labels match, e.g. app=web; each line is prefixed with its source' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l prefix -d 'Begin each line with its source, [pod/NAME/CONTAINER] (default: true with -l)' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l limit-bytes -d 'Stop each log after this many bytes' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l max-log-requests -d 'How many logs -f follows at once at most' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l pod-running-timeout -d 'How long to wait for a pod to exist and for its container to start' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l all-pods -d 'Refused: tug reads one pod of a workload; -l SELECTOR reads every pod it matches' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l ignore-errors -d 'Accepted with a warning: a log that cannot be read is reported and the others go on either way' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l insecure-skip-tls-verify-backend -d 'Refused: tug always has the API server verify the kubelet\'s certificate' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand logs" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand logs" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand logs" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand logs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tug -n "__fish_tug_using_subcommand logs" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand wait" -s f -l filename -d 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)' -r -F
complete -c tug -n "__fish_tug_using_subcommand wait" -s R -l recursive -d 'Descend into subdirectories of directories given with -f' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l for -d 'What to wait for (repeatable, all must hold): condition=NAME[=VALUE] (VALUE defaults to true, compared ignoring case), jsonpath=EXPR[=VALUE] (without VALUE, any value), create or delete' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -s l -l selector -d 'Wait for the objects whose labels match, e.g. app=web (those that exist now)' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l all -d 'Wait for every object of the given types in the namespace (those that exist now)' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l timeout -d 'How long to wait for all of them; 0 checks once, a negative duration waits a week' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -s A -l all-namespaces -d 'Refused: tug waits in one namespace' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l allow-missing-template-keys -d 'Accepted as kubectl\'s; only Go templates use it (-o go-template), which tug does not print' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l field-selector -d 'Refused: tug\'s wait selects objects by name or label only' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l local -d 'Refused: tug\'s wait always asks the server' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -s o -l output -d 'Refused: tug\'s wait prints only its `condition met` lines' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l show-managed-fields -d 'Accepted as kubectl\'s; this command prints no objects as YAML or JSON' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l template -d 'Accepted as kubectl\'s; only Go templates use it (-o go-template), which tug does not print' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand wait" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand wait" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand wait" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tug -n "__fish_tug_using_subcommand wait" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -s h -l help -d 'Print help'
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -f -a "view" -d 'Print the merged kubeconfig with credentials redacted'
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -f -a "current-context" -d 'Print the name of the current context'
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -f -a "get-contexts" -d 'List the contexts (or the ones named), marking the current one'
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -f -a "use-context" -d 'Switch the current context; - switches back to the previous one'
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -f -a "set-context" -d 'Set the namespace, cluster or user of a context, creating it if needed'
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -f -a "rename-context" -d 'Rename a context in the kubeconfig file that defines it'
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -f -a "delete-context" -d 'Delete a context from the kubeconfig file that defines it'
complete -c tug -n "__fish_tug_using_subcommand config; and not __fish_seen_subcommand_from view current-context get-contexts use-context set-context rename-context delete-context help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l raw -d 'Show credentials and certificate data as they are, instead of redacted' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l flatten -d 'Refused: not implemented yet' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l minify -d 'Refused: not implemented yet' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -s o -l output -d 'Refused: not implemented yet' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l allow-missing-template-keys -d 'Accepted as kubectl\'s; only Go templates use it (-o go-template), which tug does not print' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l merge -d 'Accepted with a warning: tug always shows the kubeconfig files merged' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l show-managed-fields -d 'Accepted as kubectl\'s; this command prints no objects as YAML or JSON' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l template -d 'Accepted as kubectl\'s; only Go templates use it (-o go-template), which tug does not print' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help'
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from view" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -s h -l help -d 'Print help'
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from current-context" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s o -l output -d 'name prints only the names' -r -f -a "name\t''"
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l no-headers -d 'Leave out the header row' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s h -l help -d 'Print help'
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from use-context" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l current -d 'Change the current context' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from set-context" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -s h -l help -d 'Print help'
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from rename-context" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -s h -l help -d 'Print help'
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from delete-context" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "view" -d 'Print the merged kubeconfig with credentials redacted'
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "current-context" -d 'Print the name of the current context'
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get-contexts" -d 'List the contexts (or the ones named), marking the current one'
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "use-context" -d 'Switch the current context; - switches back to the previous one'
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set-context" -d 'Set the namespace, cluster or user of a context, creating it if needed'
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "rename-context" -d 'Rename a context in the kubeconfig file that defines it'
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "delete-context" -d 'Delete a context from the kubeconfig file that defines it'
complete -c tug -n "__fish_tug_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tug -n "__fish_tug_using_subcommand ns" -l force -d 'Switch also to a namespace the cluster does not have (or that cannot be checked)' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand ns" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand ns" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand ns" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand ns" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tug -n "__fish_tug_using_subcommand ns" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l namespaced -d 'Only namespaced types (true), or only cluster-scoped ones (false)' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l api-group -d 'Only the types of this API group; "" is the core group' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l verbs -d 'Only the types that support all these verbs, e.g. list,watch' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -s o -l output -d 'wide adds VERBS and CATEGORIES; name prints one TYPE.GROUP per line' -r -f -a "wide\t''
name\t''"
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l sort-by -d 'Sort by name or kind instead of by API group' -r -f -a "name\t''
kind\t''"
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l no-headers -d 'Leave out the header row' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l cached -d 'Use the discovery cache even when the server could be asked' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l categories -d 'Refused: not implemented yet' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l show-managed-fields -d 'Accepted as kubectl\'s; this command prints no objects as YAML or JSON' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand api-resources" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand api-resources" -s h -l help -d 'Print help'
complete -c tug -n "__fish_tug_using_subcommand api-resources" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand version" -l client -d 'Print only the client version, without contacting the server' -r
complete -c tug -n "__fish_tug_using_subcommand version" -s o -l output -d 'Print the versions as yaml or json' -r -f -a "yaml\t''
json\t''"
complete -c tug -n "__fish_tug_using_subcommand version" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand version" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand version" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand version" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand version" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand version" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand version" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand version" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand version" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand version" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand version" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand version" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand version" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand version" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand version" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand version" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand version" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand version" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand version" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand version" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand version" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand version" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand version" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand version" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand version" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand version" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand version" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand version" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand version" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand version" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand version" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand version" -s h -l help -d 'Print help'
complete -c tug -n "__fish_tug_using_subcommand version" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand completion" -l static -d 'Print the self-contained script of completions/, which completes subcommands and flags without calling tug (no types, names or namespaces)' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c tug -n "__fish_tug_using_subcommand completion" -l context -d 'The name of the kubeconfig context to use' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -s n -l namespace -d 'The namespace for this request (default: the context\'s namespace, else "default")' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l request-timeout -d 'How long to wait for a single server request, e.g. 30s, 1m; 0 waits forever' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -s v -l verbose -l v -d 'Log verbosity: 4 shows the kubeconfig, context and server in use, 6 every request (never credentials)' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l color -d 'When to colour output: auto colours only a terminal and honours NO_COLOR' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tug -n "__fish_tug_using_subcommand completion" -s s -l server -d 'The address of the API server, e.g. https://10.0.0.1:6443' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l token -d 'A bearer token for authentication to the API server' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l user -d 'The kubeconfig user to use' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l cluster -d 'The kubeconfig cluster to use' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l as -d 'The user to impersonate for the operation' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l as-group -d 'A group to impersonate for the operation (repeatable)' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l certificate-authority -d 'A certificate file of the certificate authority that signed the API server\'s certificate' -r -F
complete -c tug -n "__fish_tug_using_subcommand completion" -l insecure-skip-tls-verify -d 'Accept any certificate of the API server: makes the connection open to interception' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l as-uid -d 'Refused: impersonating a UID is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l as-user-extra -d 'Refused: impersonating extra user fields is not implemented; use --as and --as-group' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l cache-dir -d 'Accepted as kubectl\'s; tug keeps its own discovery cache, under $XDG_CACHE_HOME/kubetug' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l client-certificate -d 'Refused: set client-certificate in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l client-key -d 'Refused: set client-key in the kubeconfig\'s user instead' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l disable-compression -d 'Accepted as kubectl\'s; tug does not ask for compressed responses' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l kuberc -d 'Accepted with a warning: tug does not read kuberc preferences (aliases and default flags)' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l log-flush-frequency -d 'Accepted as kubectl\'s; tug writes its log lines as they happen' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l match-server-version -d 'Accepted with a warning: tug does not require the server\'s version to match its own' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l password -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l username -d 'Refused: basic authentication is not supported; use a token or a client certificate' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l profile -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l profile-output -d 'Accepted with a warning: tug writes no profiles' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l proxy-url -d 'Refused: set proxy-url in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l tls-server-name -d 'Refused: set tls-server-name in the kubeconfig\'s cluster instead' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l vmodule -d 'Accepted as kubectl\'s; tug has one verbosity for all its logging, -v' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -l warnings-as-errors -d 'Accepted with a warning: the server\'s warnings are printed but do not fail the command' -r
complete -c tug -n "__fish_tug_using_subcommand completion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tug -n "__fish_tug_using_subcommand completion" -s V -l version -d 'Print version'
complete -c tug -n "__fish_tug_using_subcommand help; and not __fish_seen_subcommand_from apply get diff describe events delete rollout scale logs wait config ns api-resources version completion help" -f -a "apply" -d 'Apply manifests to the cluster with server-side apply'
complete -c tug -n "__fish_tug_using_subcommand help; and not __fish_seen_subcommand_from apply get diff describe events delete rollout scale logs wait config ns api-resources version completion help" -f -a "get" -d 'Show resources as tables, or as YAML, JSON, names or JSONPath'
complete -c tug -n "__fish_tug_using_subcommand help; and not __fish_seen_subcommand_from apply get diff describe events delete rollout scale logs wait config ns api-resources version completion help" -f -a "diff" -d 'Show what `apply` would change, as a unified diff per object'
complete -c tug -n "__fish_tug_using_subcommand help; and not __fish_seen_subcommand_from apply get diff describe events delete rollout scale logs wait config ns api-resources version completion help" -f -a "describe" -d 'Show the details of objects and their events, as kubectl describes them'
complete -c tug -n "__fish_tug_using_subcommand help; and not __fish_seen_subcommand_from apply get diff describe events delete rollout scale logs wait config ns api-resources version completion help" -f -a "events" -d 'List events, oldest first by when they were last seen'
complete -c tug -n "__fish_tug_using_subcommand help; and not __fish_seen_subcommand_from apply get diff describe events delete rollout scale logs wait config ns api-resources version completion help" -f -a "delete" -d 'Delete resources named by manifests, by TYPE NAME or by label selector'
complete -c tug -n "__fish_tug_using_subcommand help; and not __fish_seen_subcommand_from apply get diff describe events delete rollout scale logs wait config ns api-resources version completion help" -f -a "rollout" -d 'Follow, inspect and undo rollouts of deployments, statefulsets and daemonsets'
complete -c tug -n "__fish_tug_using_subcommand help; and not __fish_seen_subcommand_from apply get diff describe events delete rollout scale logs wait config ns api-resources version completion help" -f -a "scale" -d 'Set the number of replicas of a deployment, replicaset or statefulset'
complete -c tug -n "__fish_tug_using_subcommand help; and not __fish_seen_subcommand_from apply get diff describe events delete rollout scale logs wait config ns api-resources version completion help" -f -a "logs" -d 'Print the logs of a container in a pod, or of the pods a workload or selector picks'
complete -c tug -n "__fish_tug_using_subcommand help; and not __fish_seen_subcommand_from apply get diff describe events delete rollout scale logs wait config ns api-resources version completion help" -f -a "wait" -d 'Wait until objects meet a condition, match a JSONPath value, exist or are deleted'
complete -c tug -n "__fish_tug_using_subcommand help; and not __fish_seen_subcommand_from apply get diff describe events delete rollout scale logs wait config ns api-resources version completion help" -f -a "config" -d 'Show the kubeconfig in use, its contexts and the current one'
complete -c tug -n "__fish_tug_using_subcommand help; and not __fish_seen_subcommand_from apply get diff describe events delete rollout scale logs wait config ns api-resources version completion help" -f -a "ns" -d 'Switch the namespace of the current context; - switches back to the previous one'
complete -c tug -n "__fish_tug_using_subcommand help; and not __fish_seen_subcommand_from apply get diff describe events delete rollout scale logs wait config ns api-resources version completion help" -f -a "api-resources" -d 'List the resource types the server has, with their short names and verbs'
complete -c tug -n "__fish_tug_using_subcommand help; and not __fish_seen_subcommand_from apply get diff describe events delete rollout scale logs wait config ns api-resources version completion help" -f -a "version" -d 'Print the client version and, when reachable, the server version'
complete -c tug -n "__fish_tug_using_subcommand help; and not __fish_seen_subcommand_from apply get diff describe events delete rollout scale logs wait config ns api-resources version completion help" -f -a "completion" -d 'Print a shell completion script that completes types, names, namespaces and contexts'
complete -c tug -n "__fish_tug_using_subcommand help; and not __fish_seen_subcommand_from apply get diff describe events delete rollout scale logs wait config ns api-resources version completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tug -n "__fish_tug_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "status" -d 'Follow a rollout until it completes, and say why when it is stuck'
complete -c tug -n "__fish_tug_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "history" -d 'List the revisions of a workload with their change-cause'
complete -c tug -n "__fish_tug_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "undo" -d 'Roll back to the previous revision, or to --to-revision'
complete -c tug -n "__fish_tug_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "restart" -d 'Restart every pod of a workload with a rolling update'
complete -c tug -n "__fish_tug_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "pause" -d 'Pause a deployment\'s rollout'
complete -c tug -n "__fish_tug_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "resume" -d 'Resume a paused deployment\'s rollout'
complete -c tug -n "__fish_tug_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "view" -d 'Print the merged kubeconfig with credentials redacted'
complete -c tug -n "__fish_tug_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "current-context" -d 'Print the name of the current context'
complete -c tug -n "__fish_tug_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get-contexts" -d 'List the contexts (or the ones named), marking the current one'
complete -c tug -n "__fish_tug_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "use-context" -d 'Switch the current context; - switches back to the previous one'
complete -c tug -n "__fish_tug_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set-context" -d 'Set the namespace, cluster or user of a context, creating it if needed'
complete -c tug -n "__fish_tug_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "rename-context" -d 'Rename a context in the kubeconfig file that defines it'
complete -c tug -n "__fish_tug_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "delete-context" -d 'Delete a context from the kubeconfig file that defines it'
