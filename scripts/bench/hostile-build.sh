#!/bin/bash
# `bash scripts/bench/hostile-build.sh`: the build probes of issue 10, against the compiled CLI
# (run `npm run build` first). Concurrent builds into one folder, equal file names in two
# folders, symlink loops, an unreadable folder (as uid 65534; needs root and setpriv), a FIFO, a
# .txt link to /dev/zero, 400,000- and 1,000,000-character sentences without punctuation, stale
# temp files and a graph.json/graph.graphml pair cut by kill -9, UTF-16/32 with a BOM, and the
# order of the arguments. Prints one line per outcome; everything happens in a temp folder.
WT=$(cd "$(dirname "$0")/../.." && pwd); NG="node $WT/scripts/newsgraph.js"
P=$(mktemp -d /tmp/ngprobe-XXXX); chmod 755 $P; cd $P
art() { printf '%s\n%s\n' "$1" "$2"; }
arts() { # folder n prefix
  mkdir -p $1; for i in $(seq 1 $2); do art "Talks $3 $i" "Minister Anna Berg$i of Norland said on Monday that the Council of Ostia must act. The Ostian Union rejected the plan." > $1/$3-$i.txt; done; }
count_articles() { node -e "const g=JSON.parse(require('fs').readFileSync('$1','utf8'));const ns=g.nodes||[];console.log(ns.filter(n=>(n.labels||[]).includes('Article')).length)"; }
echo "== 1. two concurrent builds into one --out (3 trials; 20+20 articles)"
arts A 20 alpha; arts B 20 beta
for t in 1 2 3; do rm -rf out; ( $NG build A --out out > a.log 2>&1; echo "a:$?" >> rc.log ) & ( $NG build B --out out > b.log 2>&1; echo "b:$?" >>rc.log ) & wait
  echo "trial $t: articles in graph.json $(count_articles out/graph.json) (want 40 or a clear refusal); exit codes $(tr '\n' ' ' < rc.log); $(grep -h -i 'lock\|busy\|wait' a.log b.log | head -2)"; rm rc.log; done
echo "== 2. same file name in two folders"
mkdir -p S/x S/y; art "One" "Minister Anna Berg said the Council of Ostia must act." > S/x/same.txt; art "Two" "Premier Olaf Lund said the Ostian Union rejected it." > S/y/same.txt
rm -rf out; $NG build S --out out >/dev/null 2>&1; echo "articles: $(count_articles out/graph.json) (want 2)"
echo "== 3. symlink loops"
mkdir -p L; art "Loop" "Minister Anna Berg said the Council of Ostia must act." > L/a.txt; ln -s . L/loop
rm -rf out; s=$(date +%s.%N); timeout 120 $NG build L --out out > l.log 2>&1; echo "one loop: rc $? in $(echo "$(date +%s.%N) - $s" | bc) s, $(grep -o 'from [0-9]* article' l.log)"
ln -s . L/loop2; rm -rf out; s=$(date +%s.%N); timeout 60 $NG build L --out out > l.log 2>&1; echo "two loops: rc $? (124 = killed at 60 s) in $(echo "$(date +%s.%N) - $s" | bc) s, $(grep -o 'from [0-9]* article' l.log)"
echo "== 4. unreadable subfolder (as uid 65534)"
mkdir -p U/ok U/locked; art "Ok" "Minister Anna Berg said the Council of Ostia must act." > U/ok/a.txt; art "Hidden" "Premier Olaf Lund said so." > U/locked/b.txt; chmod 000 U/locked; chmod -R o+rX U/ok; mkdir -p out4; chmod 777 out4
setpriv --reuid=65534 --regid=65534 --clear-groups $NG build U --out out4 > u.log 2>&1; echo "rc $?: $(head -c 300 u.log | tr '\n' ' ')"; chmod 755 U/locked
echo "== 5. FIFO"
mkdir -p F; art "Ok" "Minister Anna Berg said the Council of Ostia must act." > F/a.txt; mkfifo F/pipe.txt
rm -rf out; s=$(date +%s.%N); timeout 30 $NG build F --out out > f.log 2>&1; echo "rc $? (124 = hung, killed at 30 s) in $(echo "$(date +%s.%N) - $s" | bc) s: $(tr '\n' ' ' < f.log | head -c 300)"
echo "== 6. .txt symlink to /dev/zero"
mkdir -p Z; art "Ok" "Minister Anna Berg said the Council of Ostia must act." > Z/a.txt; ln -s /dev/zero Z/zero.txt
rm -rf out; s=$(date +%s.%N); /usr/bin/time -f "%M KB" -o z.time timeout 60 $NG build Z --out out > z.log 2>&1; echo "rc $? in $(echo "$(date +%s.%N) - $s" | bc) s, peak $(cat z.time | tail -1): $(tr '\n' ' ' < z.log | head -c 300)"
echo "== 7. long sentences without punctuation"
for n in 400000 1000000; do mkdir -p W$n; node -e "const w=['the','minister','said','council','union','talks','plan','would','meet','again'];let s='';let i=0;while(s.length<$n){s+=w[i%10]+' ';i++}console.log('Headline\n'+s.trim())" > W$n/long.txt
rm -rf out; s=$(date +%s.%N); /usr/bin/time -f "%M KB" -o w.time timeout 180 $NG build W$n --out out > w.log 2>&1; echo "$n chars: rc $? (124 = killed at 180 s) in $(echo "$(date +%s.%N) - $s" | bc) s, peak $(tail -1 w.time)"; done
echo "== 8. stale temp files and the graph.json/graph.graphml pair"
rm -rf out; $NG build A --out out >/dev/null 2>&1; touch out/.graph.json.999999.deadbeef.tmp out/.graph.graphml.999999.deadbeef.tmp
$NG build B --out out >/dev/null 2>&1; echo "stale temp files left after the next build: $(ls -a out | grep -c '\.tmp$') (want 0)"
bad=0; n=0; for d in 0.6 0.8 1.0 1.1 1.2 1.3 1.4 1.5 1.6 1.8 2.0 2.4; do rm -rf out; $NG build A --out out >/dev/null 2>&1; $NG build B --out out >/dev/null 2>&1 & pid=$!; sleep $d; kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
  j=$(count_articles out/graph.json); g=$(grep -c '>:Article<' out/graph.graphml); n=$((n+1)); [ "$j" != "$g" ] && bad=$((bad+1)); echo -n "$j/$g "; done; echo; echo "kill -9 at $n moments: graphml disagreeing with graph.json right after: $bad"
rm -rf out; $NG build A --out out >/dev/null 2>&1; cp out/graph.json old.json; $NG build B --out out >/dev/null 2>&1; cp old.json out/graph.json; : > empty.txt; $NG build empty.txt --out out >/dev/null 2>&1
echo "pair cut between the renames (graphml new, json old), then a build with nothing to add: json $(count_articles out/graph.json) articles, graphml $(grep -c '>:Article<' out/graph.graphml)"
echo "== 9. UTF-16/32 with a BOM"
mkdir -p E; art "Utf sixteen" "Minister Anna Berg said the Council of Ostia must act." > e.txt
printf '\xff\xfe' > E/le16.txt; iconv -f utf-8 -t utf-16le e.txt >> E/le16.txt; printf '\xfe\xff' > E/be16.txt; iconv -f utf-8 -t utf-16be e.txt >> E/be16.txt
printf '\xff\xfe\x00\x00' > E/le32.txt; iconv -f utf-8 -t utf-32le e.txt >> E/le32.txt; printf '\x00\x00\xfe\xff' > E/be32.txt; iconv -f utf-8 -t utf-32be e.txt >> E/be32.txt
rm -rf out; $NG build E --out out > e.log 2>&1; echo "rc $?: articles $(count_articles out/graph.json 2>/dev/null) of 4; $(grep -c binary e.log) called binary"
echo "== 10. argument order (one build), and two builds (an id once assigned is kept)"
mkdir -p O; art "One" "The North Atlantic Treaty Organization (NATO) said it would meet in Brussels." > O/A.txt; art "Two" "NATO rejected the plan, Minister Anna Berg said." > O/B.txt
cp O/A.txt O/a1.txt; cp O/B.txt O/b1.txt
rm -rf o1 o2; $NG build O/B.txt O/A.txt --out o1 >/dev/null 2>&1; $NG build O/A.txt O/B.txt --out o2 >/dev/null 2>&1
ids() { node -e "const g=JSON.parse(require('fs').readFileSync('$1','utf8'));console.log(g.nodes.filter(n=>(n.labels||[]).includes('Organization')).map(n=>n.id).sort().join(' '))"; }
echo "build B A: $(ids o1/graph.json); build A B: $(ids o2/graph.json); same: $(cmp -s o1/graph.json o2/graph.json && echo yes || echo no)"
rm -rf o3 o4; $NG build O/A.txt --out o3 >/dev/null 2>&1; $NG build O/B.txt --out o3 >/dev/null 2>&1; $NG build O/B.txt --out o4 >/dev/null 2>&1; $NG build O/A.txt --out o4 >/dev/null 2>&1
echo "A then B: $(ids o3/graph.json); B then A: $(ids o4/graph.json)"
cd /; rm -rf $P
