"""Agreement of two annotators on a sample of the held-out documents, and the model against both.

Usage: python experiments/stance_heldout_agreement.py experiments/stance_heldout_agreement/second_annotation_sample.csv MODEL

The second annotation (240 sentences drawn at random, seed 20261201) was made without seeing the
first (gold_batches*.csv) or any model output.
"""
import csv, sys
from sklearn.metrics import cohen_kappa_score, f1_score, accuracy_score
import stance
from pathlib import Path

HERE = Path(__file__).resolve().parent / "stance_heldout"
first={}
for f in [str(HERE / "gold_batches12.csv"), str(HERE / "gold_batches34.csv")]:
    for r in csv.DictReader(open(f,encoding="utf-8")): first[(r["set"],r["doc"],r["index"])]=r
second=list(csv.DictReader(open(sys.argv[1],encoding="utf-8")))
a=[first[(r["set"],r["doc"],r["index"])]["label"] for r in second]; b=[r["label"] for r in second]
texts=[r["text"] for r in second]
print("n=%d annotators: agreement %.3f kappa %.3f macroF1(second vs first) %.3f"%(len(a),accuracy_score(a,b),cohen_kappa_score(a,b),f1_score(a,b,average="macro")))
m=stance.load_model(sys.argv[2])
p=m.predict(texts)
print("model vs first: acc %.3f kappa %.3f macroF1 %.3f"%(accuracy_score(a,p),cohen_kappa_score(a,p),f1_score(a,p,average="macro")))
print("model vs second: acc %.3f kappa %.3f macroF1 %.3f"%(accuracy_score(b,p),cohen_kappa_score(b,p),f1_score(b,p,average="macro")))
agree=[i for i in range(len(a)) if a[i]==b[i]]
print("on the %d both agree: model acc %.3f macroF1 %.3f"%(len(agree),accuracy_score([a[i] for i in agree],[p[i] for i in agree]),f1_score([a[i] for i in agree],[p[i] for i in agree],average="macro")))
