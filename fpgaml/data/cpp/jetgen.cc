// fpgaml jet generator: Pythia 8 events -> anti-kT R=0.8 jets -> truth-labelled records.
//
// Built and driven by fpgaml/data/generate.py; not meant to be run by hand (but it can be:
// `jetgen --help`). One process runs one "physics process" with one seed and stops when every
// requested class quota is filled or --max-events is reached.
//
// Output: a little-endian binary file, written to <out>.part and renamed to <out> only when complete.
//   header : char[8] "FPGAJET1", int32 n_jet_fields, int32 n_particle_fields
//   record : int32 label, int32 n_constituents_total, int32 n_stored,
//            float32[n_jet_fields] jet fields (see JET_FIELDS below, same order as generate.py),
//            float32[n_stored * n_particle_fields] constituents, pT-ordered, each
//            (px, py, pz, E, pdg_id, charge, in_groomed_jet)
//   trailer: char[8] "FPGAEND1", int64 n_records, int64 n_events
// Progress lines on stderr: "PROGRESS <events> <jets written>"; a final "SUMMARY key=value ..." line.
//
// Physics choices (documented in docs/data.md):
//   * jets: anti-kT R=0.8 (fjcore bundled with Pythia) on all visible final-state particles
//     (neutrinos removed) with |eta| < 5; kept if pt_min < pT < pt_max and |eta| < eta_max.
//   * grooming: mMDT = soft drop with beta=0, z_cut=0.1, on the C/A reclustered jet (R0 = 0.8).
//   * N-subjettiness tau_N (beta=1, R0=0.8) on the ungroomed jet with exclusive-kT axes.
//   * energy correlation functions on the groomed jet, "pt_R" measure: z_i = pT_i / sum pT,
//     theta_ij = sqrt(dy^2 + dphi^2) (rapidity-azimuth distance).
//   * labels: 0 g, 1 q (u, d, s), 2 W, 3 Z, 4 t; see label_jet().

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include <unistd.h>

#include "Pythia8/FJcore.h"
#include "Pythia8/Pythia.h"

using namespace Pythia8;

namespace {

const int N_PARTICLE_FIELDS = 7;
// Jet fields, in order. Keep in sync with JET_FIELDS in fpgaml/data/generate.py.
const char* JET_FIELDS[] = {
    "pt",       "eta",      "phi",        "mass",       "energy",      "mmdt_pt",     "mmdt_eta",
    "mmdt_phi", "mmdt_mass", "mmdt_n",    "tau1_b1",    "tau2_b1",     "tau3_b1",     "zlogz",
    "multiplicity", "e2_b0", "e2_b1",     "e2_b2",      "e3_b1",       "e3_b2",       "e3_1_b1",
    "e3_1_b2",  "e3_2_b1",  "e3_2_b2",    "truth_pt",   "truth_dr",    "event_index"};
const int N_JET_FIELDS = sizeof(JET_FIELDS) / sizeof(JET_FIELDS[0]);

enum Label { G = 0, Q = 1, W = 2, Z = 3, T = 4 };
const char* LABEL_NAMES[] = {"g", "q", "W", "Z", "t"};

struct Options {
  std::string process = "qcd";
  std::string out;
  std::string xmldoc;
  int seed = 1;
  long max_events = 1000000000L;
  long quota[5] = {0, 0, 0, 0, 0};
  int n_store = 150;
  double ecm = 13000.;
  double pthat_min = 800., pthat_max = 1300.;
  double pt_min = 800., pt_max = 1200., eta_max = 2.0;
  double r = 0.8, dr_match = 0.8;
  double zcut = 0.1, beta_sd = 0.0;
  std::vector<std::string> extra;  // extra Pythia settings "Key = value"
};

void usage() {
  std::fprintf(stderr,
               "usage: jetgen --process {qcd,wjet,zjet,ttbar} --out FILE --xmldoc DIR [--seed N]\n"
               "              [--max-events N] [--quota g=N,q=N,W=N,Z=N,t=N] [--n-store N]\n"
               "              [--pthat MIN,MAX] [--jet-pt MIN,MAX] [--eta-max X] [--set 'Key = value']\n");
}

bool parse_pair(const char* s, double& a, double& b) { return std::sscanf(s, "%lf,%lf", &a, &b) == 2; }

bool parse(int argc, char** argv, Options& o) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&](const char*& v) {
      if (i + 1 >= argc) return false;
      v = argv[++i];
      return true;
    };
    const char* v = nullptr;
    if (a == "--help" || a == "-h") return false;
    if (!next(v)) return false;
    if (a == "--process") o.process = v;
    else if (a == "--out") o.out = v;
    else if (a == "--xmldoc") o.xmldoc = v;
    else if (a == "--seed") o.seed = std::atoi(v);
    else if (a == "--max-events") o.max_events = std::atol(v);
    else if (a == "--n-store") o.n_store = std::atoi(v);
    else if (a == "--eta-max") o.eta_max = std::atof(v);
    else if (a == "--pthat") { if (!parse_pair(v, o.pthat_min, o.pthat_max)) return false; }
    else if (a == "--jet-pt") { if (!parse_pair(v, o.pt_min, o.pt_max)) return false; }
    else if (a == "--set") o.extra.push_back(v);
    else if (a == "--quota") {
      std::string s = v;
      size_t pos = 0;
      while (pos < s.size()) {
        size_t comma = s.find(',', pos);
        std::string item = s.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
        size_t eq = item.find('=');
        if (eq == std::string::npos) return false;
        std::string name = item.substr(0, eq);
        long n = std::atol(item.substr(eq + 1).c_str());
        bool found = false;
        for (int k = 0; k < 5; ++k)
          if (name == LABEL_NAMES[k]) { o.quota[k] = n; found = true; }
        if (!found) return false;
        if (comma == std::string::npos) break;
        pos = comma + 1;
      }
    } else return false;
  }
  return !o.out.empty() && !o.xmldoc.empty();
}

double delta_phi(double a, double b) {
  double d = a - b;
  while (d > M_PI) d -= 2 * M_PI;
  while (d < -M_PI) d += 2 * M_PI;
  return d;
}

// pseudorapidity-azimuth distance between a jet and a Pythia particle (truth matching)
double dr_eta(const fjcore::PseudoJet& j, const Particle& p) {
  double deta = j.eta() - p.eta();
  double dphi = delta_phi(j.phi(), p.phi());
  return std::sqrt(deta * deta + dphi * dphi);
}

// mMDT / soft drop: decluster the C/A tree, keep the harder branch until
// min(pT1, pT2) / (pT1 + pT2) > z_cut * (dR12 / R0)^beta.
fjcore::PseudoJet soft_drop(const fjcore::PseudoJet& ca_jet, double zcut, double beta, double r0) {
  fjcore::PseudoJet j = ca_jet, p1, p2;
  while (j.has_parents(p1, p2)) {
    if (p1.pt() < p2.pt()) std::swap(p1, p2);
    double z = p2.pt() / (p1.pt() + p2.pt());
    double thr = zcut * (beta == 0. ? 1. : std::pow(p1.delta_R(p2) / r0, beta));
    if (z > thr) break;
    j = p1;
  }
  return j;
}

// tau_N = sum_i pT_i min_k dR(i, axis_k) / (sum_i pT_i * R0), axes = exclusive kT subjets.
double nsubjettiness(const std::vector<fjcore::PseudoJet>& parts, int n, double r0) {
  if ((int)parts.size() < n) return 0.;
  if ((int)parts.size() == n) return 0.;
  fjcore::JetDefinition kt(fjcore::kt_algorithm, fjcore::JetDefinition::max_allowable_R);
  fjcore::ClusterSequence cs(parts, kt);
  std::vector<fjcore::PseudoJet> axes = cs.exclusive_jets(n);
  double num = 0., den = 0.;
  for (const auto& p : parts) {
    double dmin = 1e9;
    for (const auto& a : axes) dmin = std::min(dmin, p.delta_R(a));
    num += p.pt() * dmin;
    den += p.pt();
  }
  return den > 0. ? num / (den * r0) : 0.;
}

// Energy correlation functions of the groomed jet (normalised, pt_R measure), see generate.py docs:
//   e2^b   = sum_{i<j} z_i z_j th_ij^b
//   e3^b   = sum_{i<j<k} z_i z_j z_k th_ij^b th_ik^b th_jk^b
//   1e3^b  = sum_{i<j<k} z_i z_j z_k min(th_ij^b, th_ik^b, th_jk^b)
//   2e3^b  = sum_{i<j<k} z_i z_j z_k (product of the two smallest of th_ij^b, th_ik^b, th_jk^b)
void ecfs(const std::vector<fjcore::PseudoJet>& parts, double out[9]) {
  for (int k = 0; k < 9; ++k) out[k] = 0.;
  size_t n = parts.size();
  double sum = 0.;
  for (const auto& p : parts) sum += p.pt();
  if (n < 2 || sum <= 0.) return;
  std::vector<double> z(n);
  for (size_t i = 0; i < n; ++i) z[i] = parts[i].pt() / sum;
  std::vector<double> th(n * n, 0.);
  for (size_t i = 0; i < n; ++i)
    for (size_t j = i + 1; j < n; ++j) th[i * n + j] = th[j * n + i] = parts[i].delta_R(parts[j]);
  double e2b0 = 0., e2b1 = 0., e2b2 = 0., e3b1 = 0., e3b2 = 0., m1b1 = 0., m1b2 = 0., n2b1 = 0., n2b2 = 0.;
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) {
      double zij = z[i] * z[j], tij = th[i * n + j];
      e2b0 += zij;
      e2b1 += zij * tij;
      e2b2 += zij * tij * tij;
      for (size_t k = j + 1; k < n; ++k) {
        double zijk = zij * z[k];
        double a = tij, b = th[i * n + k], c = th[j * n + k];
        // sort a <= b <= c
        if (a > b) std::swap(a, b);
        if (b > c) std::swap(b, c);
        if (a > b) std::swap(a, b);
        double abc = a * b * c;
        e3b1 += zijk * abc;
        e3b2 += zijk * abc * abc;
        m1b1 += zijk * a;
        m1b2 += zijk * a * a;
        n2b1 += zijk * a * b;
        n2b2 += zijk * a * a * b * b;
      }
    }
  }
  out[0] = e2b0; out[1] = e2b1; out[2] = e2b2; out[3] = e3b1; out[4] = e3b2;
  out[5] = m1b1; out[6] = m1b2; out[7] = n2b1; out[8] = n2b2;
}

struct Truth {
  int label;     // -1 = none
  double pt;     // pT of the matched parton / boson / top
  double dr;     // dR(jet, truth object)
};

// Is every decay product (final copies' top copies) within dr of the jet axis?
bool contained(const Event& ev, const fjcore::PseudoJet& jet, const std::vector<int>& products, double dr) {
  for (int i : products)
    if (dr_eta(jet, ev[i]) >= dr) return false;
  return true;
}

// Two-body decay products of the last copy of particle i.
std::vector<int> decay_products(const Event& ev, int i) {
  int bot = ev[i].iBotCopyId();
  std::vector<int> d = ev[bot].daughterList();
  return d;
}

Truth label_jet(const Options& o, const Event& proc, const Event& ev, const fjcore::PseudoJet& jet) {
  Truth t{-1, 0., 99.};
  if (o.process == "qcd") {
    // outgoing hard partons of the 2 -> 2 process (status 23 in the process record)
    double best = 99.;
    int ibest = -1;
    for (int i = 0; i < proc.size(); ++i) {
      if (proc[i].status() != 23) continue;
      double d = dr_eta(jet, proc[i]);
      if (d < best) { best = d; ibest = i; }
    }
    if (ibest < 0 || best >= o.dr_match) return t;
    int id = proc[ibest].idAbs();
    if (id == 21) t.label = G;
    else if (id >= 1 && id <= 3) t.label = Q;
    else return t;  // c, b: neither class
    t.pt = proc[ibest].pT();
    t.dr = best;
    return t;
  }
  int want = o.process == "wjet" ? 24 : (o.process == "zjet" ? 23 : 6);
  for (int i = 0; i < ev.size(); ++i) {
    // the boson / top as produced by the hard process (first copy)
    if (ev[i].idAbs() != want || ev[i].mother1() == 0) continue;
    if (ev[ev[i].mother1()].idAbs() == want) continue;  // not the first copy
    int bot = ev[i].iBotCopyId();
    double d = dr_eta(jet, ev[bot]);
    if (d >= o.dr_match) continue;
    std::vector<int> prods;
    if (want == 6) {
      // t -> W b, W -> q q': the b and both W daughters must be in the jet
      for (int k : decay_products(ev, bot)) {
        if (ev[k].idAbs() == 24) {
          for (int q : decay_products(ev, k)) prods.push_back(q);
        } else {
          prods.push_back(k);
        }
      }
      if (prods.size() != 3) continue;
    } else {
      prods = decay_products(ev, bot);
      if (prods.size() != 2) continue;
    }
    bool hadronic = true;
    for (int k : prods)
      if (ev[k].idAbs() > 5) hadronic = false;
    if (!hadronic || !contained(ev, jet, prods, o.dr_match)) continue;
    t.label = want == 24 ? W : (want == 23 ? Z : T);
    t.pt = ev[bot].pT();
    t.dr = d;
    return t;
  }
  return t;
}

void configure(Pythia& py, const Options& o) {
  auto rs = [&](const std::string& s) {
    if (!py.readString(s)) {
      std::fprintf(stderr, "ERROR bad Pythia setting: %s\n", s.c_str());
      std::exit(3);
    }
  };
  rs("Beams:eCM = " + std::to_string(o.ecm));
  rs("PhaseSpace:pTHatMin = " + std::to_string(o.pthat_min));
  rs("PhaseSpace:pTHatMax = " + std::to_string(o.pthat_max));
  rs("Random:setSeed = on");
  rs("Random:seed = " + std::to_string(o.seed));
  rs("Print:quiet = on");
  rs("Next:numberCount = 0");
  const char* hadronic = "onIfAny = 1 2 3 4 5";
  if (o.process == "qcd") {
    rs("HardQCD:all = on");
  } else if (o.process == "wjet") {
    rs("WeakBosonAndParton:qqbar2Wg = on");
    rs("WeakBosonAndParton:qg2Wq = on");
    rs("24:onMode = off");
    rs(std::string("24:") + hadronic);
  } else if (o.process == "zjet") {
    rs("WeakBosonAndParton:qqbar2gmZg = on");
    rs("WeakBosonAndParton:qg2gmZq = on");
    rs("WeakZ0:gmZmode = 2");
    rs("23:onMode = off");
    rs(std::string("23:") + hadronic);
  } else if (o.process == "ttbar") {
    rs("Top:gg2ttbar = on");
    rs("Top:qqbar2ttbar = on");
    rs("24:onMode = off");
    rs(std::string("24:") + hadronic);
  } else {
    std::fprintf(stderr, "ERROR unknown process '%s' (options: qcd, wjet, zjet, ttbar)\n", o.process.c_str());
    std::exit(2);
  }
  for (const auto& s : o.extra) rs(s);
}

template <typename T>
void put(std::FILE* f, const T& v) {
  std::fwrite(&v, sizeof(T), 1, f);
}

}  // namespace

int main(int argc, char** argv) {
  const pid_t parent = getppid();
  Options o;
  if (!parse(argc, argv, o)) {
    usage();
    return 2;
  }
  long quota_total = 0;
  for (int k = 0; k < 5; ++k) quota_total += o.quota[k];
  if (quota_total == 0) {
    std::fprintf(stderr, "ERROR --quota must ask for at least one jet\n");
    return 2;
  }

  // The pythia8mc copy of Pythia.cc ignores the constructor's path (it looks next to the shared library);
  // PYTHIA8DATA takes precedence everywhere, so point it at our xmldoc.
  setenv("PYTHIA8DATA", o.xmldoc.c_str(), 1);
  Pythia py(o.xmldoc, false);
  configure(py, o);
  if (!py.init()) {
    std::fprintf(stderr, "ERROR Pythia init failed\n");
    return 3;
  }

  std::string part = o.out + ".part";
  std::FILE* f = std::fopen(part.c_str(), "wb");
  if (!f) {
    std::fprintf(stderr, "ERROR cannot open %s\n", part.c_str());
    return 4;
  }
  std::fwrite("FPGAJET1", 1, 8, f);
  put<int32_t>(f, N_JET_FIELDS);
  put<int32_t>(f, N_PARTICLE_FIELDS);

  fjcore::JetDefinition akt(fjcore::antikt_algorithm, o.r);
  fjcore::JetDefinition ca(fjcore::cambridge_algorithm, fjcore::JetDefinition::max_allowable_R);
  long written[5] = {0, 0, 0, 0, 0};
  long candidates = 0, labelled_any = 0, rejected_full = 0, n_records = 0, n_events = 0, failed = 0;
  std::vector<float> jetbuf(N_JET_FIELDS), partbuf;

  auto done = [&]() {
    for (int k = 0; k < 5; ++k)
      if (written[k] < o.quota[k]) return false;
    return true;
  };

  for (long iev = 0; iev < o.max_events && !done(); ++iev) {
    if (!py.next()) {
      ++failed;
      continue;
    }
    ++n_events;
    const Event& ev = py.event;
    std::vector<fjcore::PseudoJet> inputs;
    for (int i = 0; i < ev.size(); ++i) {
      const Particle& p = ev[i];
      if (!p.isFinal() || !p.isVisible() || std::abs(p.eta()) > 5.) continue;
      fjcore::PseudoJet pj(p.px(), p.py(), p.pz(), p.e());
      pj.set_user_index(i);
      inputs.push_back(pj);
    }
    fjcore::ClusterSequence cs(inputs, akt);
    std::vector<fjcore::PseudoJet> jets = fjcore::sorted_by_pt(cs.inclusive_jets(o.pt_min));
    for (const auto& jet : jets) {
      if (jet.pt() >= o.pt_max || std::abs(jet.eta()) >= o.eta_max) continue;
      ++candidates;
      Truth t = label_jet(o, py.process, ev, jet);
      if (t.label < 0) continue;
      ++labelled_any;
      if (written[t.label] >= o.quota[t.label]) {
        ++rejected_full;
        continue;
      }
      std::vector<fjcore::PseudoJet> cons = fjcore::sorted_by_pt(jet.constituents());
      std::vector<int> pdg(cons.size());
      std::vector<double> charge(cons.size());
      for (size_t k = 0; k < cons.size(); ++k) {
        pdg[k] = ev[cons[k].user_index()].id();  // user index = event-record index until here
        charge[k] = ev[cons[k].user_index()].charge();
        cons[k].set_user_index((int)k);           // from here: position in the pT-ordered list
      }
      // groomed jet
      fjcore::ClusterSequence cs_ca(cons, ca);
      std::vector<fjcore::PseudoJet> ca_jets = fjcore::sorted_by_pt(cs_ca.inclusive_jets());
      fjcore::PseudoJet groomed = soft_drop(ca_jets[0], o.zcut, o.beta_sd, o.r);
      std::vector<fjcore::PseudoJet> gcons = groomed.constituents();
      std::vector<char> in_groomed(cons.size(), 0);
      for (const auto& g : gcons) in_groomed[g.user_index()] = 1;
      double e[9];
      ecfs(gcons, e);
      double sum_pt = 0., zlogz = 0.;
      for (const auto& c : cons) sum_pt += c.pt();
      for (const auto& c : cons) {
        double z = c.pt() / sum_pt;
        if (z > 0.) zlogz += z * std::log(z);
      }
      double vals[] = {jet.pt(),        jet.eta(),       jet.phi_std(),  jet.m(),
                       jet.e(),         groomed.pt(),    groomed.eta(),  groomed.phi_std(),
                       groomed.m(),     (double)gcons.size(),
                       nsubjettiness(cons, 1, o.r), nsubjettiness(cons, 2, o.r), nsubjettiness(cons, 3, o.r),
                       zlogz,           (double)cons.size(),
                       e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8],
                       t.pt,            t.dr,            (double)iev};
      for (int k = 0; k < N_JET_FIELDS; ++k) jetbuf[k] = (float)vals[k];
      int n_store = std::min((int)cons.size(), o.n_store);
      partbuf.assign((size_t)n_store * N_PARTICLE_FIELDS, 0.f);
      for (int k = 0; k < n_store; ++k) {
        float* row = &partbuf[(size_t)k * N_PARTICLE_FIELDS];
        row[0] = (float)cons[k].px();
        row[1] = (float)cons[k].py();
        row[2] = (float)cons[k].pz();
        row[3] = (float)cons[k].e();
        row[4] = (float)pdg[k];
        row[5] = (float)charge[k];
        row[6] = (float)in_groomed[k];
      }
      put<int32_t>(f, t.label);
      put<int32_t>(f, (int32_t)cons.size());
      put<int32_t>(f, n_store);
      std::fwrite(jetbuf.data(), sizeof(float), jetbuf.size(), f);
      std::fwrite(partbuf.data(), sizeof(float), partbuf.size(), f);
      ++written[t.label];
      ++n_records;
    }
    if (n_events % 200 == 0) {
      std::fprintf(stderr, "PROGRESS %ld %ld\n", n_events, n_records);
      if (getppid() != parent) {  // the Python driver is gone (killed): stop, leave no output behind
        std::fclose(f);
        std::remove(part.c_str());
        std::fprintf(stderr, "ERROR parent process exited; aborting\n");
        return 5;
      }
    }
  }
  std::fwrite("FPGAEND1", 1, 8, f);
  put<int64_t>(f, n_records);
  put<int64_t>(f, n_events);
  if (std::fclose(f) != 0 || std::rename(part.c_str(), o.out.c_str()) != 0) {
    std::fprintf(stderr, "ERROR cannot finish %s\n", o.out.c_str());
    return 4;
  }
  std::fprintf(stderr, "PROGRESS %ld %ld\n", n_events, n_records);
  std::fprintf(stderr,
               "SUMMARY process=%s seed=%d events=%ld failed=%ld candidates=%ld labelled=%ld "
               "dropped_quota_full=%ld g=%ld q=%ld W=%ld Z=%ld t=%ld sigma_mb=%.6e\n",
               o.process.c_str(), o.seed, n_events, failed, candidates, labelled_any, rejected_full, written[0],
               written[1], written[2], written[3], written[4], py.info.sigmaGen());
  return 0;
}
