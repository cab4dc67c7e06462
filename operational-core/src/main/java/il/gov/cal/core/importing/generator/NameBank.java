package il.gov.cal.core.importing.generator;

import java.util.List;

/**
 * Word lists for plausible, invented Israeli data: transliterated Hebrew and Arabic given names and
 * surnames, cities, streets, ministries and the words merchant names are made of. No entry names a
 * real person or business.
 */
final class NameBank {

  static final List<String> FIRST_NAMES =
      List.of(
          "Avraham", "Yael", "Noa", "Itai", "Moshe", "Tamar", "Yosef", "Shira", "David", "Michal",
          "Eitan", "Maya", "Ariel", "Roni", "Omer", "Adi", "Yonatan", "Liat", "Oren", "Hila",
          "Amir", "Dana", "Gilad", "Keren", "Nir", "Orly", "Tal", "Yuval", "Sarit", "Uri", "Efrat",
          "Ronit", "Ido", "Inbal", "Asaf", "Nurit", "Boaz", "Hadas", "Chen", "Lior", "Ahmad",
          "Rania", "Samir", "Lina", "Yousef", "Maha", "Elad", "Shani", "Nadav", "Tzipora");

  static final List<String> LAST_NAMES =
      List.of(
          "Cohen",
          "Levi",
          "Mizrahi",
          "Peretz",
          "Biton",
          "Dahan",
          "Avraham",
          "Friedman",
          "Malka",
          "Azoulay",
          "Katz",
          "Yosef",
          "Amar",
          "Ohayon",
          "Gabay",
          "Ben David",
          "Shapira",
          "Ashkenazi",
          "Vaknin",
          "Segal",
          "Golan",
          "Sasson",
          "Shalom",
          "Ben Haim",
          "Elbaz",
          "Kadosh",
          "Nasser",
          "Khoury",
          "Mansour",
          "Haddad",
          "Levin",
          "Rosenberg",
          "Baruch",
          "Harel",
          "Carmi",
          "Navon",
          "Zilber",
          "Tzur",
          "Oz",
          "Barak");

  static final List<String> CITIES =
      List.of(
          "JERUSALEM",
          "TEL AVIV-YAFO",
          "HAIFA",
          "RISHON LEZION",
          "PETAH TIKVA",
          "ASHDOD",
          "NETANYA",
          "BEER SHEVA",
          "HOLON",
          "RAMAT GAN",
          "REHOVOT",
          "ASHKELON",
          "BAT YAM",
          "KFAR SABA",
          "HERZLIYA",
          "HADERA",
          "MODIIN",
          "NAZARETH",
          "LOD",
          "RAMLA",
          "RAANANA",
          "EILAT",
          "TIBERIAS",
          "NAHARIYA",
          "KARMIEL",
          "AFULA",
          "DIMONA",
          "SDEROT");

  static final List<String> STREETS =
      List.of(
          "Herzl",
          "Jabotinsky",
          "Ben Gurion",
          "Weizmann",
          "Rothschild",
          "HaNasi",
          "HaPalmach",
          "Derech Hevron",
          "Allenby",
          "Begin",
          "Sokolov",
          "Bialik",
          "HaAtzmaut",
          "Yafo",
          "Ahad HaAm",
          "Rabin",
          "Golda Meir",
          "HaShalom");

  static final List<String> MINISTRIES =
      List.of(
          "Ministry of Health",
          "Ministry of Education",
          "Ministry of Transport",
          "Ministry of Justice",
          "Ministry of Agriculture",
          "Ministry of Environmental Protection",
          "Ministry of Welfare",
          "Ministry of Energy",
          "Ministry of Tourism",
          "Ministry of the Interior",
          "Ministry of Culture and Sport",
          "Ministry of Science");

  static final List<String> DIVISIONS =
      List.of(
          "Procurement",
          "Operations",
          "Information Systems",
          "Logistics",
          "Finance",
          "Field Services",
          "Planning",
          "Human Resources");

  static final List<String> REGIONS =
      List.of("Jerusalem", "Tel Aviv", "Haifa", "North", "South", "Centre", "Headquarters");

  static final List<String> MERCHANT_WORDS =
      List.of(
          "HAGALIL",
          "HACARMEL",
          "KESHET",
          "MERKAZ",
          "ORAN",
          "ZOHAR",
          "GEFEN",
          "TAMAR",
          "ARAVA",
          "NEGEV",
          "YARDEN",
          "HADAR",
          "DEKEL",
          "ELA",
          "SHAKED",
          "ALON",
          "RIMON",
          "SHIKMA",
          "TAVOR",
          "GILBOA",
          "SHARON",
          "EMEK",
          "MAOR",
          "NOGA",
          "SAPIR",
          "TCHELET",
          "LAVAN",
          "OFEK");

  private NameBank() {}
}
