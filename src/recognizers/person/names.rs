//! Compact name lists written for Scrim: common international given names and surnames
//! (Latin script), common Chinese, Japanese and Korean surnames, and capitalised words
//! that look like names but are not (teams, organisations, places, assistants).
//!
//! The lists back up a cue, they do not replace one: at balanced a name without a cue is
//! reported only when both its given name and its surname are listed.

/// Common given names (en, de, fr, es, it, nl, pt, tr and a few more), one per line.
pub(crate) const GIVEN: &str = "\
Aarav Aditi Aditya Akira Aleksandr Aleksandra Amara Amina Anastasia Ananya Anil Anjali Arjun Asha Ayumi Bilal Bogdan Chidi Chinonso Daisuke Darius Deepak Dmitri Dmitry Ekaterina Emeka Farah Fatima Fatma Hamid Haruto Hassan Hiroshi Hoang Ifeoma Igor Ilya Imran Irina Ivan Jiho Jinwoo Kaito Kavya Keiko Kemal Kofi Kwame Leila Lakshmi Mehmet Minh Mohammed Mustafa Nadia Nadezhda Naveen Ngozi Nikolai Nkechi Oksana Olga Oluwaseun Omar Pavel Pooja Priya Rahul Rajesh Ravi Rohan Ryota Sakura Sanjay Sergei Sergey Shreya Sinazo Sunil Svetlana Takeshi Tatiana Thabo Tunde Vikram Yasmin Yasmine Yekaterina Yerlan Yui Yuki Yusuf Zanele Zeynep Zainab Aisling Eoin Niamh Siobhan Saoirse Bjorn Björn Astrid Freja Ingrid Lars Linnea Magnus Nils Sigrid Sven Hanne Mette Jukka Aino Eero Tomás Tomasz Katarzyna Agnieszka Piotr Krzysztof Magdalena Jakub Wojciech Zofia Ondřej Petra Jiří Dragan Milica Nikola Marija Ivana Goran Luka Ana Matej Bence Zsófia Dorina Andrei Ioana Mihai Inès Chloé Théo Léa Zoé Maëlle Noémie Loïc Andrés Inés Nuria Iñigo Aitor Joaquín Begoña Tiago Gonçalo Leonor Thiago Larissa Bruna Rafaela Caio Vinícius Letícia Fernanda Giulia Chiara Matteo Lorenzo Federica Gianluca Sanne Femke Lotte Daan Bram Sem Thijs Jesse Anouk Ruud Wouter Aaron Abigail Adam Adrian Adriana Agnes Ahmed Aidan Aiden Alan Albert Alberto Alejandro Alessandra \
Alessandro Alex Alexander Alexandra Alexis Alfred Alice Alicia Alina Alison Allison Alma Amanda \
Amber Amelia Amy Ana Andrea Andreas Andrew Andy Angela Angelica Angelo Anita Ann Anna Anne Annette \
Annie Anthony Antoine Antonio Arthur Ashley Audrey Austin Ava Barbara Beatriz Ben Benjamin Bernard \
Bernd Beth Betty Beverly Bianca Bill Billy Bobby Bonnie Bradley Brandon Brenda Brian Brittany Bruce \
Bruno Bryan Caitlin Camille Carina Carl Carla Carlos Carmen Carol Caroline Carolyn Casey Catherine \
Cecilia Chad Charles Charlie Charlotte Chloe Chris Christian Christina Christine Christopher Cindy \
Claire Clara Claudia Claudio Clayton Colin Connor Courtney Craig Cristina Crystal Cynthia Daisy Dale \
Dana Daniel Daniela Danielle Danny Dario David Dawn Dean Debbie Deborah Debra Denise Dennis Derek \
Diana Diane Diego Dieter Dominic Dominique Donald Donna Doris Dorothy Douglas Dylan Earl Eduardo \
Edward Elena Eli Elias Elif Elijah Elisa Elisabeth Elizabeth Ella Ellen Emily Emma Emmanuel Enrique \
Eric Erica Erik Erin Ernst Esther Ethan Eugene Eva Evelyn Fabian Fabio Federico Felix Fernando \
Florian Frances Francesca Francesco Francis Francisco Frank Franz Frederick Gabriel Gabriela \
Gabrielle Gary Gavin Georg George Gerald Gerhard Gianluca Giorgia Giorgio Giovanni Giulia Giulio \
Giuseppe Gloria Grace Greg Gregory Gustavo Hana Hannah Hans Harold Harry Hassan Hayley Heather \
Heidi Heinz Helen Helena Helga Henry Hugo Ian Ingrid Irene Isaac Isabel Isabella Isabelle Ivan Jack \
Jacob Jacqueline Jake James Jamie Jan Jane Janet Janice Jared Jasmine Jason Javier Jean Jeffrey \
Jennifer Jenna Jeremy Jerry Jesse Jessica Jesus Jill Joan Joanna Joao Jodi Jody Joe Joel Johan \
Johann Johanna John Johnny Jonas Jonathan Jordan Jorge Jose Joseph Joshua Joyce Juan Judith Judy \
Julia Julian Julie Juliette Julio Justin Jurgen Karen Karin Karl Katarina Kate Katherine Kathleen \
Kathryn Kathy Katie Katrin Kayla Keith Kelly Kenneth Kevin Kim Kimberly Klaus Kristen Kristin \
Kristine Kyle Lara Larry Laura Lauren Laurent Lawrence Leah Lena Leo Leon Leonardo Leslie Liam Lina \
Linda Lisa Logan Lorenzo Lori Louis Louise Luca Lucas Lucia Luigi Luis Luisa Luka Lukas Luke Lynn \
Madison Manuel Marc Marcel Marco Marcus Margaret Maria Mariana Marie Marina Mario Marion Mark Marta \
Martha Martin Mary Mason Matteo Matthew Matthias Maurice Max Maximilian Megan Meghan Mehmet Melanie \
Melissa Mia Michael Michel Michelle Miguel Mike Mila Misty Mohammed Monica Monika Morgan Nancy Natalie \
Nathan Nathalie Nicholas Nicole Niels Nina Noah Noel Nora Oliver Olivia Oscar Pablo Pamela Paola \
Patricia Patrick Paul Paula Pauline Pedro Peter Petra Philip Philippe Phillip Pierre Pietro Rachel \
Rafael Ralph Ramon Randy Raquel Raymond Rebecca Regina Renate Ricardo Richard Rick Rita Robert \
Roberta Roberto Robin Rodney Rodrigo Roger Roland Ronald Rosa Rose Ruth Ryan Sabine Sabrina Samantha \
Samuel Sandra Sara Sarah Scott Sean Sebastian Sergio Shannon Sharon Shawn Shelby Shirley Silvia \
Simon Simone Sofia Sonia Sophia Sophie Stefan Stefano Stephanie Stephen Steven Susan Susanne Suzanne \
Sylvia Tammy Tanja Tara Teresa Thomas Tiffany Tim Timothy Tina Tobias Todd Tom Tommaso Tony Tracy \
Travis Troy Tyler Ursula Valentina Valerie Vanessa Vera Veronica Victor Victoria Vincent Virginia \
Walter Wayne Wendy Werner Whitney William Wolfgang Yasmin Yusuf Yvonne Zachary Zoe \
Priya Aisha Rahul Amit Anjali Arjun Deepak Kavya Ravi Sanjay Sunita Vikram Neha Pooja Rohan Wei \
Ming Hiroshi Kenji Yuki Takeshi Haruto Sakura Yuto Omar Ali Fatima Layla Mustafa Ibrahim Khalid \
Zainab Chinedu Ngozi Kwame Amara Tunde Olga Dmitri Sergei Natasha Anastasia Katarzyna Piotr \
Tomasz Agnieszka Jakub Lars Sven Astrid Nils Mikael Björn Jürgen Sören Søren Mette Freya Magnus \
Olaf Paulo Thiago Mateus Camila Larissa Fernanda Leticia Joana Bruna Rafaela Valentin Mathieu \
Nicolas Julien Guillaume Thierry Sylvie Chantal Brigitte Dirk Sanne Bram Joris Daan Femke \
Marieke Willem Pieter Giacomo Alessio Chiara Federica Ilaria Beatrice Lucía Javier Álvaro \
Sergio Marta Pilar Rocío Inés Hugo Malik Jamal Tyrone Keisha DeShawn Aaliyah";

/// Common surnames (en, de, fr, es, it, nl, pt and a few more).
pub(crate) const SURNAMES: &str = "\
Abdullah Adeyemi Afolabi Agarwal Ahmadi Akhtar Alves Amoah Asante Bakker Banerjee Bello Bhatt Chatterjee Chaudhry Chen Cho Choi Dimitrov Dubois Eze Fernandes Gupta Haddad Hassan Hosseini Huang Hussain Ibrahim Ivanov Ivanova Iyer Jain Jansen Jovanović Kapoor Karimi Kaur Khan Kim Kovács Kowalczyk Kowalski Kuznetsov Kuznetsova Lee Lewandowski Li Lim Lin Liu Malik Mehta Menon Mensah Mishra Mohamed Moreau Morozov Musa Nair Nakamura Ng Nguyen Novak Nowak Nwosu Obi Okafor Okonkwo Olawale Oyelaran Park Patel Pereira Petrov Petrova Popescu Popov Qureshi Rahman Rahimi Rao Reddy Rossi Santos Sato Shah Sharma Silva Singh Sokolov Suzuki Takahashi Tanaka Tran Vasquez Verma Volkov Volkova Wang Watanabe Wójcik Wu Yamamoto Yang Yilmaz Yıldız Zhang Zhao Zhou Lindqvist Johansson Andersson Karlsson Nilsson Eriksson Larsen Hansen Pedersen Nielsen Virtanen Korhonen Horvath Horváth Nagy Szabó Costa Carvalho Ferreira Oliveira Ribeiro Martins Sousa Greco Bruno Galli Conti Romano Ricci Lombardi Marino Ferraro Visser Smit Meijer Mulder Bos Vos Kuipers Dekker Brennan Byrne Doyle Gallagher Kavanagh Walsh Whitfield Delgado Navarro Castillo Ortega Molina Moreno Ruiz Soler Vidal Lefèvre Girard Laurent Lambert Fontaine Adams Aguilar Alexander Allen Alvarez Anderson Andrews Bailey Baker Barnes Bauer Beck Becker Bell \
Bennett Benjamin Bernard Bertrand Bianchi Bishop Black Blanc Boyer Brooks Brown Bryant Burke Butler \
Campbell Carter Castillo Castro Chavez Clark Clarke Cole Coleman Collins Colombo Conti Cook Cooper \
Costa Cox Crawford Cruz Cunningham Daniels Davies Davis Dekker Diaz Dubois Dufour Duncan Dunn Durand \
Edwards Ellis Esposito Evans Ferguson Fernandes Fernandez Ferrari Ferreira Fischer Fisher Flores \
Ford Foster Fournier Fox Francis Freeman Fuchs Garcia Gardner Garnier Gibson Gilbert Gomez Gonzalez \
Gordon Graham Grant Gray Green Greene Griffin Gutierrez Hahn Hall Hamilton Hansen Harper Harris \
Harrison Hart Hartmann Hawkins Hayes Henderson Henry Hernandez Herrera Hicks Hill Hoffmann Holmes \
Howard Hudson Hughes Hunt Hunter Jackson Jacobs Jansen James Jenkins Jensen Jimenez Johnson Johnston \
Jones Jordan Kelly Kennedy King Klein Knight Koch Kruger Lambert Lane Lange Lawrence Lee Lefebvre \
Leroy Lewis Lima Long Lopez Lorenz Mancini Marchetti Marshall Martin Martinez Mason Matthews Meier \
Mendoza Mercier Meyer Miller Mills Mitchell Moore Morales Moreau Moreno Morgan Morris Muller Murphy \
Murray Myers Nelson Neumann Nguyen Nichols Oliveira Oliver Ortiz Owens Palmer Parker Patel Patterson \
Payne Perez Perry Peters Peterson Petit Phillips Pierce Porter Powell Price Ramirez Ramos Reed Reid \
Reyes Reynolds Ricci Rice Richard Richards Richardson Richter Riley Rios Rivera Roberts Robertson \
Robinson Rodrigues Rodriguez Rogers Romano Romero Rose Ross Roux Rossi Russell Russo Ryan Salazar \
Sanchez Sanders Santos Schmidt Schmitt Schneider Scholz Schulz Schwarz Scott Shaw Silva Simmons \
Simpson Smit Smith Snyder Sousa Spencer Stanley Stevens Stewart Stone Sullivan Taylor Thomas Thompson \
Torres Tucker Turner Vasquez Vega Visser Wagner Walker Wallace Walsh Ward Warren Watson Weber Webb \
Wells West Wheeler White Williams Willems Wilson Wolf Wood Woods Wright Young Zimmermann";

/// Common Chinese surnames (single characters), traditional forms included.
pub(crate) const CN_SURNAMES: &str = "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫阎段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦麦麥褚娄婁窦竇戚岑景党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺索傅鞠练練洪揭闻聞乐樂寿壽祖储儲晋晉荆荊敬伏帅帥郁栗嵇隆殷鄢茅麦詹慕容欧阳歐陽";

/// Common Korean surnames (Hangul syllables).
pub(crate) const KR_SURNAMES: &str = "김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부";

/// Common Japanese surnames.
pub(crate) const JP_SURNAMES: &[&str] = &[
    "佐藤",
    "鈴木",
    "高橋",
    "田中",
    "伊藤",
    "渡辺",
    "山本",
    "中村",
    "小林",
    "加藤",
    "吉田",
    "山田",
    "佐々木",
    "山口",
    "松本",
    "井上",
    "木村",
    "林",
    "斎藤",
    "斉藤",
    "清水",
    "山崎",
    "森",
    "池田",
    "橋本",
    "阿部",
    "石川",
    "山下",
    "中島",
    "石井",
    "小川",
    "前田",
    "岡田",
    "長谷川",
    "藤田",
    "後藤",
    "近藤",
    "村上",
    "遠藤",
    "青木",
    "坂本",
    "福田",
    "太田",
    "西村",
    "藤井",
    "金子",
    "岡本",
    "藤原",
    "中野",
    "三浦",
    "原田",
    "中川",
    "松田",
    "竹内",
    "小野",
    "田村",
    "中山",
    "和田",
    "石田",
    "森田",
    "上田",
    "原",
    "内田",
    "柴田",
    "酒井",
    "宮崎",
    "横山",
    "高木",
    "安藤",
    "宮本",
    "大野",
    "小島",
    "工藤",
    "高田",
    "増田",
    "丸山",
    "今井",
    "河野",
    "武田",
    "上野",
    "杉山",
    "千葉",
    "村田",
    "野口",
];

/// Capitalised words that end or veto a name: teams, organisations, places, streets,
/// products, assistants, greetings' addressees and calendar words.
pub(crate) const NOT_NAMES: &str = "\
All Everyone Everybody Team Teams Folks Guys There World Sir Sirs Madam Madame Colleagues Friends \
Customer Customers Client Support Service Services Sales Admin Administrator Hr Marketing Finance \
Legal Engineering Department Dept Office Management Manager Leadership Board Committee Council \
Group Company Inc Ltd Llc Gmbh Ag Sa Corp Corporation Co Bank University College School Hospital \
Clinic Institute Foundation Association Agency Ministry Government Partners Holdings Technologies \
Labs Solutions Systems Street St Road Rd Avenue Ave Boulevard Lane Drive Way Square Place \
Station Airport Bridge River Lake Mountain Mount Beach Valley City Town County State Republic \
Kingdom United New Old Falls Harbour Harbor Heights Hills Island Islands Bay Gardens Garden \
Cathedral Palace Castle Arena Stadium Canyon Desert Coast Peak Springs Creek Forest Cove Point \
Ridge Plaza Terrace Court Circle Ufficio Clienti Cliente Servizio Assistenza Damen Herren \
Kundenservice Kundendienst Service Équipe Equipe Equipo Servicio Atención Klantenservice \
Afdeling Heer Mevrouw Senhor Senhora Signori Colleghi Kollegen Tutti Todos Alle Messieurs Dames \
Señores Amigos Saint San Santa Fort Port Hotel Restaurant Cafe \
Museum Church Center Centre Mall Market Tower House Project Program Product Version Release \
Update Build Test Tests Deploy Production Staging Dev Debug Error Warning Info Config Settings \
ChatGPT Gpt Claude Gemini DeepSeek Copilot Bard Siri Alexa Cortana Kimi Qwen Llama Grok Mistral \
Assistant Bot Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March \
September October November December Dear Hello Hi Hey Thanks Thank Regards \
Best Kind Yours Sincerely Cheers Mr Mrs Ms Dr Prof The This That These Those Our Your My Their His \
Her Its And Or But For With From To Re Fwd Subject Date Mobile Phone Email Address Name Note Notes \
Java Python Rust Go Ruby Swift Kotlin Linux Windows Mac Apple Google Microsoft Amazon Meta Netflix \
Tesla Oracle Intel Cisco Adobe Samsung Sony Huawei Tencent Alibaba Baidu Siemens Bosch Nokia Ibm Sap \
Diary Mundo Monde Welt Mondo Wereld Cluster Database Server Instance Bucket Queue Topic Table \
Index Repo Repository Branch Module Package Library Plugin Dashboard Report Pipeline Job Task \
Node Pod Engine Model Api App Application Feature Tier Plan Account Portal Platform Cloud Network \
Web Data Security Operations Ops Devops Infra Infrastructure Backend Frontend Mobile Desktop Staff";

/// Pairs that are brands or institutions although both words are names.
pub(crate) const NOT_NAME_PAIRS: &[&str] = &[
    "Morgan Stanley",
    "Wells Fargo",
    "Charles Schwab",
    "Calvin Klein",
    "Ralph Lauren",
    "Tommy Hilfiger",
    "Louis Vuitton",
    "Hugo Boss",
    "Walt Disney",
    "John Deere",
    "Johnson Controls",
    "Victoria Station",
    "Jordan River",
];

/// Honorifics and particles that sit inside a Latin name in lower case.
pub(crate) const PARTICLES: &[&str] = &[
    "van", "von", "de", "da", "di", "du", "del", "della", "der", "den", "dos", "das", "do", "le",
    "la", "ter", "ten", "y", "bin", "ibn", "al", "zu", "e", "'t", "'s",
];
