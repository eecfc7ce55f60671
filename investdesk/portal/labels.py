"""Names the portal shows in three languages.

Reference data (directions, municipalities) is stored in Russian and English; the
portal's Chinese (and the English of place names) is kept here as data, keyed by code
or by the Russian name, with the stored name as the fallback for anything new.
Site kinds are the portal's own interface strings (translated by its catalog).
"""

from django.utils.translation import gettext_lazy as _

from investdesk.sitecatalog.choices import SiteKind, SiteStatus

KIND_LABELS = {
    SiteKind.SEZ: _("Special economic zone"),
    SiteKind.TOR: _("Territory of advanced development"),
    SiteKind.TECHNOPARK: _("Technopark"),
    SiteKind.INDUSTRIAL_PARK: _("Industrial park"),
    SiteKind.ENTERPRISE: _("Enterprise"),
    SiteKind.LAND_PLOT: _("Land plot"),
    SiteKind.OTHER: _("Site"),
}

STATUS_LABELS = {
    SiteStatus.OPERATING: _("Operating"),
    SiteStatus.UNDER_CONSTRUCTION: _("Under construction"),
    SiteStatus.PLANNED: _("Planned"),
    SiteStatus.CLOSED: _("Closed"),
}

DIRECTION_ZH = {
    "quartz": "石英及其深加工",
    "oil_refining": "石油炼制",
    "petrochemicals": "石油化工",
    "oil_gas": "油气开采",
    "machine_building": "机械制造",
    "mining": "采矿业",
    "timber": "林业加工",
    "agriculture": "农业",
    "food": "食品工业",
    "chemicals": "化学工业",
    "energy": "能源",
    "construction": "建筑及建材",
    "logistics": "交通与物流",
    "it": "信息技术",
    "tourism": "旅游",
    "pharma": "医药与医疗",
    "metallurgy": "冶金",
    "export_promotion": "出口促进",
    "other": "其他",
}

# Russian name → (English, Chinese).
PLACE_NAMES = {
    "Ханты-Мансийск": ("Khanty-Mansiysk", "汉特-曼西斯克"),
    "Сургут": ("Surgut", "苏尔古特"),
    "Нижневартовск": ("Nizhnevartovsk", "下瓦尔托夫斯克"),
    "Нефтеюганск": ("Nefteyugansk", "涅夫捷尤甘斯克"),
    "Когалым": ("Kogalym", "科加雷姆"),
    "Нягань": ("Nyagan", "尼亚甘"),
    "Мегион": ("Megion", "梅吉翁"),
    "Лангепас": ("Langepas", "兰格帕斯"),
    "Радужный": ("Raduzhny", "拉杜日内"),
    "Пыть-Ях": ("Pyt-Yakh", "佩特-亚赫"),
    "Урай": ("Uray", "乌拉伊"),
    "Покачи": ("Pokachi", "波卡奇"),
    "Югорск": ("Yugorsk", "尤戈尔斯克"),
    "Белоярский район": ("Beloyarsky District", "别洛亚尔斯基区"),
    "Берёзовский район": ("Beryozovsky District", "别廖佐夫斯基区"),
    "Кондинский район": ("Kondinsky District", "孔金斯基区"),
    "Нефтеюганский район": ("Nefteyugansky District", "涅夫捷尤甘斯基区"),
    "Нижневартовский район": ("Nizhnevartovsky District", "下瓦尔托夫斯基区"),
    "Октябрьский район": ("Oktyabrsky District", "十月区"),
    "Советский район": ("Sovetsky District", "苏维埃茨基区"),
    "Сургутский район": ("Surgutsky District", "苏尔古特区"),
    "Ханты-Мансийский район": ("Khanty-Mansiysky District", "汉特-曼西斯克区"),
}


def direction_label(direction, language: str) -> str:
    if language == "zh-hans":
        return DIRECTION_ZH.get(direction.code) or direction.name_en
    if language == "en":
        return direction.name_en
    return direction.name_ru


def place_label(name: str, language: str) -> str:
    names = PLACE_NAMES.get(name)
    if not names or language == "ru":
        return name
    return names[0] if language == "en" else names[1]
