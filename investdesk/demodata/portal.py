"""The demo sites as the investment portal shows them: published, with English and Chinese
texts and utility capacities. Host enterprises (such as the quartz plant the delegation
toured) stay unpublished: they are partners, not sites on offer.

Applied after the founding story and the portfolio; sites that are missing are skipped, so
the founding story alone (as the browser tests load it) gets its own sites published.
"""

from investdesk.sitecatalog.models import Site
from investdesk.sitecatalog.services import site_update

# Russian name → changes.
PUBLIC_SITES: dict[str, dict] = {
    "ОЭЗ «Нягань»": {
        "name_en": "Nyagan Special Economic Zone",
        "name_zh": "尼亚甘经济特区",
        "description": "Промышленная особая экономическая зона на западе Югры рядом с "
        "месторождениями кварцевого сырья: подготовленные участки, сети и железнодорожный путь.",
        "description_en": "An industrial special economic zone in the west of Yugra, close to "
        "deposits of quartz raw materials: prepared plots, utility networks and a railway "
        "siding.",
        "description_zh": "位于尤格拉西部的工业型经济特区，毗邻石英原料产地：已平整的地块、"
        "完善的管网和铁路专用线。",
        "preferences_en": "Residents pay 2% profit tax and 0% property tax for 10 years; "
        "free customs zone procedure.",
        "preferences_zh": "入驻企业利润税2%，财产税10年内为0%；适用自由关税区制度。",
        "gas_m3h": "5000.00",
        "water_m3d": "3000.00",
        "heat_gcalh": "20.00",
    },
    "Технопарк «Импульс»": {
        "name_en": "Impulse Industrial Technopark",
        "name_zh": "“脉冲”工业技术园",
        "description": "Производственные помещения для малых и средних технологических "
        "компаний в Ханты-Мансийске.",
        "description_en": "Production premises for small and medium technology companies in "
        "Khanty-Mansiysk.",
        "description_zh": "位于汉特-曼西斯克，为中小型科技企业提供生产厂房。",
        "preferences_en": "Production premises for rent at a preferential rate.",
        "preferences_zh": "以优惠租金出租生产厂房。",
        "gas_m3h": "300.00",
        "water_m3d": "150.00",
        "heat_gcalh": "2.50",
    },
    "Индустриальный парк «Югра»": {
        "name_en": "Yugra Industrial Park",
        "name_zh": "尤格拉工业园",
        "description_en": "A large industrial park in Surgut for machine building and "
        "building materials.",
        "description_zh": "位于苏尔古特的大型工业园，适合机械制造和建材生产。",
        "gas_m3h": "4000.00",
        "water_m3d": "2500.00",
    },
    "Технопарк высоких технологий": {
        "name_en": "High Technology Park",
        "name_zh": "高新技术园",
        "description_en": "Offices and laboratories for IT companies in Khanty-Mansiysk.",
        "description_zh": "位于汉特-曼西斯克，为信息技术企业提供办公室和实验室。",
    },
    "Промышленная площадка «Нижневартовск-Восток»": {
        "name_en": "Nizhnevartovsk-East Industrial Site",
        "name_zh": "下瓦尔托夫斯克东部工业用地",
        "description_en": "A greenfield plot for oil refining and petrochemicals.",
        "description_zh": "适合石油炼制和石油化工的绿地地块。",
        "gas_m3h": "8000.00",
    },
    "Индустриальный парк «Когалым»": {
        "name_en": "Kogalym Industrial Park",
        "name_zh": "科加雷姆工业园",
        "description_en": "An industrial park for oilfield services and machine building.",
        "description_zh": "适合油田服务和机械制造的工业园。",
    },
    "ТОР «Мегион»": {
        "name_en": "Megion Territory of Advanced Development",
        "name_zh": "梅吉翁超前发展区",
        "description_en": "A territory of advanced development with tax preferences for oil, "
        "gas and chemical projects.",
        "description_zh": "为油气和化工项目提供税收优惠的超前发展区。",
    },
    "Лесопромышленная площадка «Советский»": {
        "name_en": "Sovetsky Timber Industry Site",
        "name_zh": "苏维埃茨基林业加工用地",
        "description_en": "A plot for deep processing of timber next to the forest resources.",
        "description_zh": "毗邻森林资源的木材深加工用地。",
    },
    "Агропарк «Югорский»": {
        "name_en": "Yugorsky Agropark",
        "name_zh": "尤戈尔斯基农业园",
        "description_en": "Greenhouses and food processing near Khanty-Mansiysk.",
        "description_zh": "汉特-曼西斯克附近的温室和食品加工园区。",
    },
}


def publish_demo_sites() -> int:
    """Publish the demo sites with their public texts; returns how many were published."""
    published = 0
    for site in Site.objects.filter(name__in=PUBLIC_SITES, is_public=False):
        site_update(site=site, changes={"is_public": True, **PUBLIC_SITES[site.name]})
        published += 1
    return published
