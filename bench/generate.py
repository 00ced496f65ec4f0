#!/usr/bin/env python3
"""Benchmark data for tracuu: metrics.csv and articles.jsonl, deterministic by seed.

    python3 bench/generate.py OUT_DIR [--metrics N] [--articles M] [--seed S]

Standard library only. The same arguments give the same bytes. The data has the
shape of the real datasets (see bench/README.md) and the traps of real Vietnamese
text: district names with diacritics, one name in two provinces, a district named
like its province, CSV fields that need quoting, empty cells, texts in NFD, without
diacritics, or with Ð (U+00D0) written for Đ.
"""
import argparse
import json
import os
import random
import sys
import time
import unicodedata

# --------------------------------------------------------------------------- places

PROVINCES = [
    "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre",
    "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cần Thơ", "Cao Bằng",
    "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang",
    "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên",
    "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An",
    "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình",
    "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh",
    "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "TP. Hồ Chí Minh",
    "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
]
assert len(PROVINCES) == 63

# Fifty real district-level units. Quảng Trị's ten come first; "Phong Điền" is in two
# provinces; "Quảng Trị" and "Quảng Ninh" are also province names.
REAL_DISTRICTS = [
    ("Quảng Trị", ["Triệu Phong", "Hải Lăng", "Gio Linh", "Cam Lộ", "Vĩnh Linh", "Đakrông",
                   "Hướng Hóa", "Đông Hà", "Quảng Trị", "Cồn Cỏ"]),
    ("Thừa Thiên Huế", ["Phong Điền", "Quảng Điền", "Phú Lộc", "Phú Vang", "A Lưới", "Hương Thủy"]),
    ("Cần Thơ", ["Phong Điền", "Ninh Kiều", "Cái Răng", "Ô Môn", "Thốt Nốt"]),
    ("Quảng Bình", ["Quảng Ninh", "Lệ Thủy", "Bố Trạch", "Minh Hóa", "Đồng Hới"]),
    ("Hà Nội", ["Hoàn Kiếm", "Ba Đình", "Đống Đa", "Sóc Sơn", "Đông Anh", "Mê Linh", "Gia Lâm"]),
    ("TP. Hồ Chí Minh", ["Củ Chi", "Cần Giờ", "Hóc Môn", "Bình Chánh", "Nhà Bè", "Thủ Đức"]),
    ("Đà Nẵng", ["Hòa Vang", "Sơn Trà", "Liên Chiểu", "Hải Châu", "Ngũ Hành Sơn"]),
    ("Nghệ An", ["Diễn Châu", "Quỳnh Lưu", "Nam Đàn", "Đô Lương", "Nghi Lộc", "Thanh Chương"]),
]
N_REAL = sum(len(names) for _, names in REAL_DISTRICTS)
assert N_REAL == 50
N_MADE_UP = 700

SYLLABLE_A = ("An Bảo Bình Cẩm Châu Chư Diên Đại Đức Đồng Gò Hải Hoằng Hòa Hưng Hương Kim Krông "
              "Lạc Long Lục Lương Mường Mỹ Ngọc Nghĩa Phú Phước Quế Quỳnh Tam Tân Thạch Thanh "
              "Thạnh Thiệu Thới Tiên Trà Văn Vĩnh Xuân Yên").split()
SYLLABLE_B = ("Bàng Bình Cát Châu Điền Định Đức Giang Hà Hải Hòa Hưng Khê Kiệt Lăng Lâm Linh Lộc "
              "Lợi Mỹ Nghĩa Nguyên Ninh Phong Phú Phước Quan Sơn Tân Thái Thành Thủy Trạch Trung "
              "Tường Vang Xuyên Xương Yên").split()

# ------------------------------------------------------------------------ indicators

# (indicator, unit). Some hold a comma, a colon or double quotes: the CSV must quote
# them, and double the quotes.
INDICATORS = [
    ("tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "tỉ đồng"),
    ("giá trị sản xuất công nghiệp", "tỉ đồng"),
    ("giá trị sản xuất nông, lâm nghiệp và thủy sản", "tỉ đồng"),
    ("giá trị sản xuất xây dựng", "tỉ đồng"),
    ("thu ngân sách nhà nước trên địa bàn", "tỉ đồng"),
    ("chi ngân sách địa phương", "tỉ đồng"),
    ("tổng vốn đầu tư toàn xã hội", "tỉ đồng"),
    ("vốn đầu tư kết cấu hạ tầng: giao thông, thủy lợi", "tỉ đồng"),
    ("kim ngạch xuất khẩu", "tỉ đồng"),
    ("doanh thu du lịch", "tỉ đồng"),
    ("vốn tín dụng chính sách", "tỉ đồng"),
    ('giá trị sản phẩm "OCOP" tiêu thụ', "tỉ đồng"),
    ("tốc độ tăng trưởng kinh tế (GRDP)", "%"),
    ("tỷ lệ hộ nghèo", "%"),
    ("tỷ lệ hộ cận nghèo", "%"),
    ("tỷ lệ che phủ rừng", "%"),
    ("tỷ lệ hộ dùng nước sạch", "%"),
    ("tỷ lệ lao động qua đào tạo", "%"),
    ("tỷ lệ dân số tham gia bảo hiểm y tế", "%"),
    ("tỷ lệ trường đạt chuẩn quốc gia", "%"),
    ("tỷ lệ đô thị hóa", "%"),
    ("tỷ lệ thu gom, xử lý rác thải sinh hoạt", "%"),
    ("tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "%"),
    ("tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ", "%"),
    ("cơ cấu kinh tế: nông nghiệp - công nghiệp - dịch vụ", "%"),
    ('tỷ lệ xã đạt chuẩn "nông thôn mới nâng cao"', "%"),
    ("tỷ lệ thôn, bản có đường ô tô", "%"),
    ("diện tích gieo trồng lúa", "ha"),
    ("diện tích trồng rừng tập trung", "ha"),
    ("diện tích cây ăn quả", "ha"),
    ("diện tích nuôi trồng thủy sản", "ha"),
    ("diện tích ứng dụng công nghệ cao", "ha"),
    ("sản lượng lương thực có hạt", "tấn"),
    ("sản lượng thủy sản", "tấn"),
    ("sản lượng thịt hơi", "tấn"),
    ("sản lượng cao su, hồ tiêu", "tấn"),
    ("sản lượng gỗ rừng trồng khai thác", "tấn"),
    ("số hộ thoát nghèo", "hộ"),
    ("số hộ được hỗ trợ nhà ở", "hộ"),
    ("số hộ sản xuất, kinh doanh giỏi", "hộ"),
    ("số hộ dùng điện lưới quốc gia", "hộ"),
]
assert len(INDICATORS) == 41

PERIODS = [f"{y}-Q{q}" for y in range(2021, 2026) for q in (1, 2, 3, 4)] + [str(y) for y in range(2020, 2026)]
assert len(PERIODS) == 26

# ------------------------------------------------------------------ article phrases

# Building blocks of sentences from reports on the 2020–2025 resolutions. None holds
# a word that folds to "nông thôn mới": that phrase is placed on purpose (PHRASES),
# so how many texts hold it is known.
LEADS = ["Thời gian qua,", "Năm 2021,", "Trong 6 tháng đầu năm 2022,", "Ngay sau Đại hội,",
         "Bên cạnh đó,", "Cùng với đó,", "Trên cơ sở đó,", "Với quyết tâm chính trị cao,",
         "Giai đoạn 2020 – 2025,", "Theo đồng chí Bí thư Huyện ủy,", "Đến cuối năm 2023,",
         "Để Nghị quyết sớm đi vào cuộc sống,", "", "", ""]
ACTORS = ["Ban Chấp hành Đảng bộ huyện", "Ban Thường vụ Huyện ủy", "Ủy ban nhân dân huyện",
          "Hội đồng nhân dân các cấp", "các cấp ủy, chính quyền", "Mặt trận Tổ quốc và các đoàn thể",
          "cán bộ, đảng viên và Nhân dân", "các xã, thị trấn", "các cơ quan, đơn vị",
          "ngành nông nghiệp và phát triển nông thôn", "cộng đồng doanh nghiệp", "Đảng ủy các xã",
          "đội ngũ báo cáo viên", "Ban Tuyên giáo Huyện ủy"]
ACTIONS = ["tập trung lãnh đạo, chỉ đạo", "đẩy mạnh", "triển khai đồng bộ", "quán triệt sâu rộng",
           "tăng cường", "huy động mọi nguồn lực cho", "nâng cao chất lượng", "phát huy",
           "thực hiện có hiệu quả", "xây dựng chương trình hành động về", "ưu tiên nguồn lực cho",
           "rà soát, điều chỉnh, bổ sung", "cụ thể hóa", "đổi mới phương thức", "khai thác tiềm năng về"]
TOPICS = ["Nghị quyết Đại hội Đảng bộ huyện lần thứ XX", "ba khâu đột phá", "tái cơ cấu nông nghiệp",
          "hạ tầng giao thông, thủy lợi", "cải cách hành chính", "chuyển đổi số", "thu hút đầu tư",
          "các chỉ tiêu kinh tế - xã hội", "công tác xây dựng Đảng", "quốc phòng - an ninh",
          "đời sống vật chất và tinh thần của Nhân dân", "nguồn nhân lực chất lượng cao",
          "ứng dụng khoa học - công nghệ", "thương mại - dịch vụ - du lịch", "giảm nghèo bền vững",
          "công nghiệp, tiểu thủ công nghiệp", "bảo vệ môi trường", "đường giao thông liên xã",
          "cụm công nghiệp", "Khu kinh tế Đông Nam", "kết cấu hạ tầng đô thị", "khối đại đoàn kết toàn dân",
          "chính quyền liêm chính, kiến tạo", "quy hoạch vùng sản xuất", "tăng trưởng kinh tế",
          "văn hóa, xã hội, con người", "kinh tế tập thể, hợp tác xã", "sản phẩm OCOP"]
ENDINGS = ["theo hướng bền vững", "trong nhiệm kỳ 2020 – 2025", "gắn với nâng cao giá trị gia tăng",
           "đáp ứng yêu cầu nhiệm vụ trong tình hình mới", "góp phần thúc đẩy tăng trưởng",
           "tạo chuyển biến rõ nét trên các lĩnh vực", "một cách đồng bộ, hiệu quả",
           "phù hợp với điều kiện thực tế của địa phương", "với những giải pháp trọng tâm, trọng điểm",
           "đáp ứng sự kỳ vọng của cán bộ, đảng viên và Nhân dân", "", ""]
# Sentences with figures: decimal commas and en dashes as the provincial papers write them.
FIGURE_SENTENCES = [
    "{what} ước thực hiện {v} tỉ đồng, tăng {p}% so với cùng kỳ năm {y}",
    "{what} đạt {v} tỉ đồng, bằng {p}% kế hoạch năm {y}",
    "{what} giai đoạn 2021 – {y2} ước đạt {v} tỉ đồng, tăng bình quân {p}%/năm",
]
FIGURE_WHATS = ["Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "Giá trị sản xuất công nghiệp",
                "Thu ngân sách trên địa bàn", "Tổng vốn đầu tư toàn xã hội", "Doanh thu du lịch"]

# (share of the phrase-holding texts, sentence, is a heading on its own line):
# 75% lower case, 20% capitalised, 5% an upper-case heading.
PHRASES = [
    (0.30, "Phấn đấu đến năm 2025 có thêm 5 xã đạt chuẩn nông thôn mới.", False),
    (0.25, "Huyện tập trung tái cơ cấu nông nghiệp gắn với xây dựng nông thôn mới.", False),
    (0.20, "Kết quả thực hiện Chương trình xây dựng nông thôn mới được Nhân dân đồng tình.", False),
    (0.10, "Nông thôn mới là nhiệm vụ trọng tâm, thường xuyên của cả hệ thống chính trị.", False),
    (0.10, "Phong trào chung sức xây dựng Nông thôn mới lan tỏa khắp các thôn, bản.", False),
    (0.05, "XÂY DỰNG NÔNG THÔN MỚI KIỂU MẪU", True),
]
TITLES = ["{d} đưa Nghị quyết Đại hội Đảng bộ lần thứ {n} vào cuộc sống",
          "{d}: nhiều chỉ tiêu kinh tế - xã hội vượt kế hoạch",
          "Đảng bộ {d} thực hiện ba khâu đột phá nhiệm kỳ 2020 – 2025",
          "{d} tích cực triển khai Nghị quyết của Đảng"]
DECOY_TITLE = "{d} về đích nông thôn mới"   # the phrase in a title only: Q3 and Q4 ask about text
ROMAN = ["XVII", "XVIII", "XIX", "XX", "XXI", "XXII"]
FAMILY = "Nguyễn Trần Lê Phạm Hoàng Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split()
MIDDLE = "Văn Thị Đức Minh Ngọc Thanh Quang Hữu Xuân".split()
GIVEN = "Tuấn Hùng Hoa Lan Dũng Hải Hương Nam Sơn Phương Thảo Long Trang Hiếu Khánh Linh Lãm".split()

# How texts are written (the rest: NFC, as they should be).
SHARE_PHRASE = 0.01
SHARE_NFD = 0.02
SHARE_PLAIN = 0.005     # no diacritics at all, đ written d
SHARE_ETH = 0.01        # Ð (U+00D0, Icelandic eth) typed for Đ
SHARE_DECOY_TITLE = 0.005
POOL = 20_000           # distinct sentences texts are drawn from


def without_diacritics(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if not unicodedata.combining(c))


def districts(rng):
    """[(district, province)]: the fifty real ones, then made-up two-syllable names."""
    out = [(d, p) for p, names in REAL_DISTRICTS for d in names]
    seen = {d for d, _ in out}
    while len(out) < N_REAL + N_MADE_UP:
        a, b = rng.choice(SYLLABLE_A), rng.choice(SYLLABLE_B)
        name = a + " " + b
        if a != b and name not in seen:
            seen.add(name)
            out.append((name, rng.choice(PROVINCES)))
    return out


def csv_field(s):
    """RFC 4180: quote a field holding a comma, a quote or a line break; double the quotes."""
    if any(c in s for c in ',"\n\r'):
        return '"' + s.replace('"', '""') + '"'
    return s


def write_metrics(path, n, n_articles, places, rng):
    place_cells = [csv_field(d) + "," + csv_field(p) for d, p in places]
    indicator_cells = [(csv_field(i), csv_field(u), u) for i, u in INDICATORS]
    lognormal = {"tỉ đồng": (5.3, 1.2, 2), "ha": (7.5, 1.0, 1), "tấn": (9.8, 1.3, 1)}
    rnd, randrange, lnv, gauss, uniform = rng.random, rng.randrange, rng.lognormvariate, rng.gauss, rng.uniform
    n_places, n_ind, n_per, n_art = len(places), len(INDICATORS), len(PERIODS), max(1, n_articles)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("id,district,province,indicator,period,value,unit,change,estimated,article\n")
        lines = []
        for i in range(1, n + 1):
            ind, unit_cell, unit = indicator_cells[randrange(n_ind)]
            if unit == "%":
                value = f"{uniform(0.5, 99.5):.2f}"
            elif unit == "hộ":
                value = str(randrange(10, 20_001))
            else:
                mu, sigma, digits = lognormal[unit]
                value = f"{lnv(mu, sigma):.{digits}f}"
            r = rnd()
            if r < 0.15:
                change = ""                                 # not reported
            elif r < 0.155:
                change = f"{uniform(50, 250):.1f}"          # a few outliers
            else:
                change = f"{gauss(6, 12):.1f}"
                if change == "-0.0":
                    change = "0.0"
            estimated = "true" if rnd() < 0.1 else "false"
            lines.append(f"{i},{place_cells[randrange(n_places)]},{ind},{PERIODS[randrange(n_per)]},"
                         f"{value},{unit_cell},{change},{estimated},{randrange(n_art) + 1}\n")
            if len(lines) >= 20_000:
                f.write("".join(lines))
                lines.clear()
        f.write("".join(lines))


def sentence_pool(rng):
    pool = []
    while len(pool) < POOL:
        if rng.random() < 0.12:
            s = rng.choice(FIGURE_SENTENCES).format(
                what=rng.choice(FIGURE_WHATS), v=f"{rng.randint(1, 3)}.{rng.randint(100, 999)},{rng.randint(1, 9)}"
                if rng.random() < 0.3 else str(rng.randint(40, 999)),
                p=f"{rng.randint(1, 60)},{rng.randint(0, 9)}", y=rng.randint(2020, 2024), y2=rng.randint(2023, 2025))
        else:
            s = " ".join(w for w in (rng.choice(LEADS), rng.choice(ACTORS), rng.choice(ACTIONS),
                                     rng.choice(TOPICS), rng.choice(ENDINGS)) if w)
        s = s[0].upper() + s[1:] + "."
        if "nong thon moi" in without_diacritics(s).lower():
            continue                                        # keep the phrase's count exact
        pool.append((s, s.count(" ") + 1))
    return pool


def article_text(rng, pool, phrase):
    want, words, sentences = rng.randint(150, 600), 0, []
    while words < want:
        s, k = pool[rng.randrange(POOL)]
        sentences.append(s)
        words += k
    paragraphs = []
    while sentences:
        k = rng.randint(2, 6)
        paragraphs.append(" ".join(sentences[:k]))
        del sentences[:k]
    if phrase:
        r = rng.random()
        for share, sentence, heading in PHRASES:
            r -= share
            if r < 0:
                break
        at = rng.randrange(len(paragraphs) + 1)
        if heading:
            paragraphs.insert(at, sentence)
        elif at == len(paragraphs):
            paragraphs.append(sentence)
        else:
            paragraphs[at] += " " + sentence
    return "\n".join(paragraphs)


def write_articles(path, m, places, rng):
    pool = sentence_pool(rng)
    tally = dict(phrase=0, nfd=0, plain=0, eth=0, phrase_nfd=0, phrase_plain=0, decoy_title=0)
    with open(path, "w", encoding="utf-8", newline="") as f:
        lines = []
        for i in range(1, m + 1):
            district, province = places[rng.randrange(len(places))]
            phrase = rng.random() < SHARE_PHRASE
            text = article_text(rng, pool, phrase)
            r = rng.random()
            form = ("nfd" if r < SHARE_NFD else
                    "plain" if r < SHARE_NFD + SHARE_PLAIN else
                    "eth" if r < SHARE_NFD + SHARE_PLAIN + SHARE_ETH else "nfc")
            if form == "nfd":
                text = unicodedata.normalize("NFD", text)
            elif form == "plain":
                text = without_diacritics(text)
            elif form == "eth":
                text = text.replace("Đ", "\u00d0")
            if form != "nfc":
                tally[form] += 1
                if phrase and form in ("nfd", "plain"):
                    tally["phrase_" + form] += 1
            tally["phrase"] += phrase
            if rng.random() < SHARE_DECOY_TITLE:
                title = DECOY_TITLE.format(d=district)
                tally["decoy_title"] += 1
            else:
                title = rng.choice(TITLES).format(d=district, n=rng.choice(ROMAN))
            record = {
                "id": i,
                "title": title,
                "date": f"{rng.randint(2020, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "district": district,
                "province": province,
                "term": "2020-2025",
                "author": f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}",
                "text": text,
            }
            lines.append(json.dumps(record, ensure_ascii=False) + "\n")
            if len(lines) >= 2_000:
                f.write("".join(lines))
                lines.clear()
        f.write("".join(lines))
    return tally


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("--metrics", type=int, default=1_000_000, help="rows of metrics.csv (default 1,000,000)")
    ap.add_argument("--articles", type=int, default=100_000, help="lines of articles.jsonl (default 100,000)")
    ap.add_argument("--seed", type=int, default=2025)
    args = ap.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    rng = random.Random(args.seed)
    places = districts(rng)
    for name in ("metrics.csv", "articles.jsonl"):
        path = os.path.join(args.out_dir, name)
        started = time.perf_counter()
        if name == "metrics.csv":
            note = write_metrics(path, args.metrics, args.articles, places, rng)
        else:
            note = write_articles(path, args.articles, places, rng)
        print(f"{path}: {os.path.getsize(path) / 2**20:.1f} MiB in {time.perf_counter() - started:.1f} s"
              + (f" {note}" if note else ""), file=sys.stderr)


if __name__ == "__main__":
    main()
