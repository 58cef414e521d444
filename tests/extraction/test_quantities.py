from kg import extract


def figures(text: str) -> list[tuple[float, str, float | None]]:
    return [(q.value, q.unit, q.change_pct) for q in extract(text).quantities]


def test_scale_word_and_currency() -> None:
    assert figures("بلغ حجم التبادل التجاري 4.2 مليار دولار.") == [(4_200_000_000.0, "USD", None)]


def test_arabic_indic_digits_and_thousands() -> None:
    assert figures("نقل الخط ٦٤٠ ألف طن من النفط.") == [(640_000.0, "t", None)]


def test_rise_by_percent_is_the_change_of_the_figure() -> None:
    text = "ارتفع حجم التجارة بنسبة 12 في المئة ليصل إلى 900 مليون دولار."
    assert figures(text) == [(900_000_000.0, "USD", 12.0)]


def test_a_share_is_a_figure_of_its_own() -> None:
    assert figures("تملك الشركة 51 في المئة من المشروع.") == [(51.0, "%", None)]


def test_figure_in_parentheses_and_ranges() -> None:
    assert figures("تم بناء (12) مدرسة.") == [(12.0, "schools", None)]
    assert [v for v, _, _ in figures("بين 8 و10 رحلات بحرية")] == [8.0, 10.0]


def test_a_year_alone_is_no_quantity() -> None:
    assert figures("وقعت الاتفاقية في عام 2019.") == []


def test_kilometres_and_cubic_metres() -> None:
    text = "يبلغ طول الخط 1800 كيلومتر وقدرته 31 مليار متر مكعب سنويا."
    assert figures(text) == [(1800.0, "km", None), (31_000_000_000.0, "m3", None)]


def test_the_closest_cue_names_the_metric() -> None:
    text = "ارتفع حجم التبادل التجاري بنسبة 5 في المئة وأصبح 300 مليون دولار."
    [q] = extract(text).quantities
    assert q.metric == "trade_volume"


def test_a_year_belongs_to_the_figure_before_it() -> None:
    text = "نقلت الشركة 200 ألف طن في عام 2019، و900 طن خلال الشهر الماضي."
    assert [(q.value, q.period) for q in extract(text).quantities] == [
        (200_000.0, "2019"),
        (900.0, None),
    ]


def test_each_sentence_dates_its_own_figures() -> None:
    text = "نقلت الشركة 200 طن في عام 2019. ونقلت 300 طن في 2021 ثم 400 طن. وباعت 500 طن."
    assert [(q.value, q.period) for q in extract(text).quantities] == [
        (200.0, "2019"),
        (300.0, "2021"),
        (400.0, None),
        (500.0, None),
    ]


def test_hours_and_seats_are_counted_units() -> None:
    hours = extract("ويقطع القطار المسافة في سبع ساعات بدلا من ثلاثة أيام.").quantities
    assert (7.0, "hours") in [(q.value, q.unit) for q in hours]
    seats = extract("ووافق الجانبان على زيادة 12 ألف مقعد أسبوعيا.").quantities
    assert [(q.value, q.unit) for q in seats] == [(12000.0, "seats")]


def test_a_per_cent_sign_is_a_unit_also_against_its_number() -> None:
    assert figures("بلغت حصة البرازيل 4.5% من صادرات الأرجنتين.") == [(4.5, "%", None)]
    assert figures("تملك الحكومة 30 % من أسهم الميناء.") == [(30.0, "%", None)]


def test_the_first_bound_of_a_range_shares_the_scale_of_the_second() -> None:
    text = "تتراوح صادرات الغاز بين 8 و12 مليار متر مكعب سنويا."
    assert [v for v, _, _ in figures(text)] == [8_000_000_000.0, 12_000_000_000.0]
    assert figures("بين 3 و5 رحلات أسبوعيا")[0][0] == 3.0  # no scale, nothing to share


def test_a_scaled_number_a_figure_rises_to_takes_its_unit() -> None:
    text = "وتبلغ طاقة الميناء الحالية ثلاثة ملايين طن سنويا على أن ترتفع لتصل إلى 9 ملايين."
    assert figures(text) == [(3_000_000.0, "t", None), (9_000_000.0, "t", None)]
    assert figures("بلغ حجم التجارة 40 مليون دولار ليصل إلى 2030.") == [
        (40_000_000.0, "USD", None)
    ]  # a year is no figure risen to


def test_a_count_of_member_states_is_a_number_of_states() -> None:
    assert figures("اجتمع وزراء الدول الأعضاء الـ15 في الجماعة الاقتصادية.") == [
        (15.0, "states", None)
    ]
    assert figures("يحضر القمة قادة البلدان السبعة الأعضاء في التكتل.") == [(7.0, "states", None)]
    assert figures("وبانضمام البلد الجديد أصبح عدد أعضاء الاتحاد 12 بلدا.") == [
        (12.0, "states", None)
    ]
    assert figures("اجتمع وزراء الدول الأعضاء في المنظمة.") == []


def test_a_metric_cue_applies_only_to_a_unit_that_measures_it() -> None:
    """ "طول الخط … 760 كيلومترا، وتقدر تكلفته بـ 4.8 مليار دولار": a cost, not a length in
    dollars ("تكلفته": the cost with its pronoun); days saved on transport are a duration."""
    graph = extract(
        "وقال الوزير إن طول الخط يبلغ نحو 760 كيلومترا، وتقدر تكلفته بـ 4.8 مليار دولار. "
        "ومن المتوقع أن يخفض المشروع زمن نقل البضائع بنحو خمسة أيام."
    )
    assert [(q.metric, q.unit) for q in graph.quantities] == [
        ("length", "km"),
        ("cost", "USD"),
        ("duration", "days"),
    ]
