KYIV/NNP ,/, Ukraine/NNP ,/, Aug/NNP 24/CD (/( AP/NNP )/) -/: Ukrainians/NNPS marked/VBD Independence/NNP Day/NNP on/IN Sunday/NNP with/IN a/DT parade/NN of/IN captured/VBN Russian/JJ tanks/NNS along/IN Khreshchatyk/NNP ,/, the/DT capital/NN 's/POS main/JJ street/NN ./.
Kyiv/NNP Mayor/NNP Vitali/NNP Klitschko/NNP said/VBD four/CD people/NNS had/VBD been/VBN killed/VBN when/WRB debris/NN fell/VBD on/IN a/DT residential/JJ building/NN ./.
The/DT mayor/NN of/IN Kyiv/NNP ,/, a/DT former/JJ boxing/NN champion/NN ,/, has/VBZ clashed/VBN repeatedly/RB with/IN the/DT president/NN 's/POS office/NN ./.
Interior/NNP Minister/NNP Ihor/NNP Klymenko/NNP said/VBD rescuers/NNS were/VBD still/RB searching/VBG the/DT rubble/NN ./.
The/DT interior/NN minister/NN said/VBD police/NNS had/VBD detained/VBN two/CD suspects/NNS ./.
Sergei/NNP Shoigu/NNP ,/, the/DT former/JJ defence/NN minister/NN ,/, now/RB heads/VBZ Russia/NNP 's/POS Security/NNP Council/NNP ./.
Russian/JJ Defence/NNP Minister/NNP Andrei/NNP Belousov/NNP ,/, an/DT economist/NN ,/, replaced/VBD Shoigu/NNP in/IN May/NNP 2024/CD ./.
Ukraine/NNP 's/POS top/JJ general/NN ,/, Oleksandr/NNP Syrskyi/NNP ,/, said/VBD Russian/JJ forces/NNS were/VBD massing/VBG near/IN Pokrovsk/NNP ./.
The/DT Russians/NNPS have/VBP thrown/VBN tens/NNS of/IN thousands/NNS of/IN men/NNS into/IN the/DT battle/NN for/IN the/DT Donbas/NNP ./.
Ukrainian/JJ drones/NNS struck/VBD an/DT airfield/NN in/IN the/DT Russian/JJ region/NN of/IN Kursk/NNP ,/, the/DT Ukrainian/JJ General/NNP Staff/NNP said/VBD ./.
The/DT battle/NN for/IN Mariupol/NNP ended/VBD when/WRB the/DT last/JJ defenders/NNS of/IN the/DT Azovstal/NNP steelworks/NN surrendered/VBD in/IN May/NNP 2022/CD ./.
Moscow/NNP calls/VBZ the/DT war/NN a/DT "/" special/JJ military/JJ operation/NN "/" ./.
The/DT Russian/JJ Orthodox/NNP Church/NNP ,/, led/VBN by/IN Patriarch/NNP Kirill/NNP ,/, has/VBZ strongly/RB backed/VBN the/DT war/NN ./.
Russia/NNP 's/POS FSB/NNP security/NN service/NN said/VBD it/PRP had/VBD arrested/VBN a/DT man/NN who/WP was/VBD spying/VBG for/IN Kiev/NNP ./.
Chechen/JJ leader/NN Ramzan/NNP Kadyrov/NNP said/VBD his/PRP$ fighters/NNS would/MD be/VB sent/VBN to/TO the/DT Kursk/NNP region/NN ./.
Downing/NNP Street/NNP said/VBD the/DT prime/JJ minister/NN had/VBD spoken/VBN to/TO President/NNP Zelenskiy/NNP by/IN phone/NN ./.
The/DT Elysee/NNP Palace/NNP said/VBD Macron/NNP would/MD travel/VB to/TO Beijing/NNP in/IN December/NNP ./.
The/DT State/NNP Department/NNP ordered/VBD non-essential/JJ staff/NN to/TO leave/VB the/DT embassy/NN in/IN Baghdad/NNP ./.
State/NNP Department/NNP spokeswoman/NN Tammy/NNP Bruce/NNP said/VBD Washington/NNP was/VBD "/" closely/RB monitoring/VBG "/" the/DT situation/NN ./.
A/DT spokesman/NN for/IN the/DT National/NNP Security/NNP Council/NNP said/VBD the/DT president/NN had/VBD been/VBN briefed/VBN ./.
The/DT White/NNP House/NNP press/NN secretary/NN ,/, Karoline/NNP Leavitt/NNP ,/, said/VBD the/DT talks/NNS had/VBD been/VBN "/" very/RB productive/JJ "/" ./.
The/DT Labour/NNP Party/NNP won/VBD a/DT landslide/NN ,/, and/CC the/DT Conservatives/NNPS suffered/VBD their/PRP$ worst/JJS defeat/NN ./.
The/DT Liberal/NNP Democrats/NNPS gained/VBD 60/CD seats/NNS ./.
Reform/NNP UK/NNP leader/NN Nigel/NNP Farage/NNP won/VBD a/DT seat/NN in/IN Parliament/NNP at/IN his/PRP$ eighth/JJ attempt/NN ./.
Germany/NNP 's/POS Social/NNP Democrats/NNPS agreed/VBD to/TO join/VB a/DT coalition/NN led/VBN by/IN the/DT Christian/NNP Democrats/NNPS ./.
The/DT far-right/JJ Alternative/NNP for/IN Germany/NNP ,/, or/CC AfD/NNP ,/, came/VBD second/RB with/IN about/RB 21/CD percent/NN ./.
The/DT Greens/NNPS and/CC the/DT Left/NNP Party/NNP both/DT lost/VBD ground/NN in/IN the/DT east/NN ./.
Marine/NNP Le/NNP Pen/NNP ,/, the/DT leader/NN of/IN France/NNP 's/POS National/NNP Rally/NNP ,/, was/VBD barred/VBN from/IN running/VBG for/IN office/NN for/IN five/CD years/NNS ./.
Italian/JJ Prime/NNP Minister/NNP Giorgia/NNP Meloni/NNP ,/, whose/WP$ Brothers/NNPS of/IN Italy/NNP party/NN has/VBZ roots/NNS in/IN neo-fascism/NN ,/, met/VBD the/DT pope/NN ./.
Spain/NNP 's/POS Socialist/JJ prime/JJ minister/NN ,/, Pedro/NNP Sanchez/NNP ,/, called/VBD for/IN sanctions/NNS on/IN Israel/NNP ./.
The/DT Dutch/JJ government/NN collapsed/VBD after/IN Geert/NNP Wilders/NNP pulled/VBD his/PRP$ Freedom/NNP Party/NNP out/IN of/IN the/DT coalition/NN ./.
The/DT Dutch/NNPS go/VBP to/TO the/DT polls/NNS again/RB in/IN October/NNP ./.
South/NNP Africa/NNP 's/POS African/NNP National/NNP Congress/NNP lost/VBD its/PRP$ majority/NN for/IN the/DT first/JJ time/NN since/IN 1994/CD ./.
The/DT ANC/NNP formed/VBD a/DT unity/NN government/NN with/IN the/DT Democratic/NNP Alliance/NNP ./.
President/NNP Cyril/NNP Ramaphosa/NNP appointed/VBD DA/NNP leader/NN John/NNP Steenhuisen/NNP as/IN agriculture/NN minister/NN ./.
Zimbabwe/NNP 's/POS ruling/VBG ZANU-PF/NNP party/NN wants/VBZ to/TO extend/VB President/NNP Emmerson/NNP Mnangagwa/NNP 's/POS term/NN to/TO 2030/CD ./.
Kenyan/JJ President/NNP William/NNP Ruto/NNP withdrew/VBD the/DT finance/NN bill/NN after/IN protesters/NNS stormed/VBD parliament/NN ./.
Ugandan/JJ opposition/NN leader/NN Bobi/NNP Wine/NNP ,/, whose/WP$ real/JJ name/NN is/VBZ Robert/NNP Kyagulanyi/NNP ,/, was/VBD shot/VBN in/IN the/DT leg/NN ./.
Libya/NNP 's/POS eastern-based/JJ commander/NN ,/, Khalifa/NNP Haftar/NNP ,/, controls/VBZ most/JJS of/IN the/DT country/NN 's/POS oil/NN fields/NNS ./.
The/DT self-styled/JJ Libyan/NNP National/NNP Army/NNP denied/VBD receiving/VBG weapons/NNS from/IN the/DT Emiratis/NNPS ./.
Libyan/JJ leader/NN Muammar/NNP Gaddafi/NNP was/VBD killed/VBN by/IN rebels/NNS near/IN his/PRP$ hometown/NN of/IN Sirte/NNP in/IN October/NNP 2011/CD ./.
Some/DT Western/JJ newspapers/NNS spelled/VBD the/DT colonel/NN 's/POS name/NN Qaddafi/NNP ,/, while/IN others/NNS preferred/VBD Kadafi/NNP ./.
Osama/NNP bin/NNP Laden/NNP ,/, the/DT founder/NN of/IN al-Qaeda/NNP ,/, was/VBD killed/VBN by/IN U.S./NNP Navy/NNP SEALs/NNPS in/IN Abbottabad/NNP ,/, Pakistan/NNP ,/, in/IN 2011/CD ./.
Ayman/NNP al-Zawahiri/NNP ,/, who/WP succeeded/VBD bin/NNP Laden/NNP ,/, died/VBD in/IN a/DT drone/NN strike/NN in/IN Kabul/NNP ./.
Abu/NNP Bakr/NNP al-Baghdadi/NNP declared/VBD a/DT caliphate/NN from/IN the/DT pulpit/NN of/IN a/DT mosque/NN in/IN Mosul/NNP in/IN 2014/CD ./.
The/DT Islamic/NNP State/NNP 's/POS Afghan/JJ branch/NN ,/, known/VBN as/IN Islamic/NNP State/NNP Khorasan/NNP ,/, claimed/VBD the/DT concert/NN hall/NN attack/NN near/IN Moscow/NNP ./.
ISIS/NNP militants/NNS still/RB hold/VBP pockets/NNS of/IN territory/NN in/IN the/DT Syrian/JJ desert/NN ./.
Saddam/NNP Hussein/NNP was/VBD captured/VBN near/IN Tikrit/NNP in/IN December/NNP 2003/CD and/CC hanged/VBN three/CD years/NNS later/RB ./.
Hamas/NNP '/POS armed/JJ wing/NN ,/, the/DT Qassam/NNP Brigades/NNPS ,/, said/VBD it/PRP had/VBD ambushed/VBN an/DT Israeli/JJ tank/NN in/IN Rafah/NNP ./.
The/DT Qassam/NNP Brigades/NNPS '/POS spokesman/NN ,/, who/WP goes/VBZ by/IN the/DT name/NN Abu/NNP Obeida/NNP ,/, appeared/VBD in/IN a/DT video/NN ./.
Hamas/NNP leader/NN Yahya/NNP Sinwar/NNP was/VBD killed/VBN by/IN Israeli/JJ troops/NNS in/IN Rafah/NNP in/IN October/NNP 2024/CD ./.
Ismail/NNP Haniyeh/NNP ,/, the/DT head/NN of/IN Hamas/NNP '/POS political/JJ bureau/NN ,/, was/VBD assassinated/VBN in/IN Tehran/NNP ./.
GAZA/NNP ,/, Oct/NNP 9/CD (/( Reuters/NNP )/) -/: Crowds/NNS of/IN Palestinians/NNPS celebrated/VBD in/IN the/DT streets/NNS of/IN Khan/NNP Younis/NNP after/IN the/DT ceasefire/NN was/VBD announced/VBN ./.
Israeli/JJ Defence/NNP Minister/NNP Israel/NNP Katz/NNP ordered/VBD the/DT army/NN to/TO prepare/VB a/DT plan/NN for/IN the/DT city/NN ./.
The/DT IDF/NNP said/VBD three/CD soldiers/NNS had/VBD been/VBN killed/VBN in/IN northern/JJ Gaza/NNP ./.
Israel/NNP captured/VBD the/DT Golan/NNP Heights/NNPS from/IN Syria/NNP in/IN the/DT 1967/CD war/NN ./.
The/DT Gaza/NNP Strip/NNP is/VBZ home/NN to/TO about/RB 2.1/CD million/CD people/NNS ./.
Settlers/NNS attacked/VBD a/DT village/NN near/IN Ramallah/NNP ,/, the/DT seat/NN of/IN the/DT Palestinian/NNP Authority/NNP ./.
Jordanian/JJ Foreign/NNP Minister/NNP Ayman/NNP Safadi/NNP called/VBD the/DT plan/NN a/DT violation/NN of/IN international/JJ law/NN ./.
Egypt/NNP 's/POS General/NNP Intelligence/NNP Service/NNP has/VBZ mediated/VBN between/IN Israel/NNP and/CC Hamas/NNP for/IN years/NNS ./.
The/DT Saudis/NNPS and/CC the/DT Emiratis/NNPS have/VBP poured/VBN billions/NNS into/IN Egypt/NNP 's/POS economy/NN ./.
Yemenis/NNPS have/VBP endured/VBN a/DT decade/NN of/IN war/NN and/CC famine/NN ./.
The/DT Iranians/NNPS insist/VBP their/PRP$ nuclear/JJ programme/NN is/VBZ peaceful/JJ ./.
Iranian/JJ Foreign/NNP Minister/NNP Abbas/NNP Araghchi/NNP said/VBD Tehran/NNP would/MD not/RB negotiate/VB "/" under/IN threat/NN "/" ./.
President/NNP Masoud/NNP Pezeshkian/NNP ,/, a/DT heart/NN surgeon/NN ,/, won/VBD the/DT election/NN in/IN a/DT runoff/NN ./.
Iran/NNP 's/POS Supreme/NNP National/NNP Security/NNP Council/NNP meets/VBZ in/IN secret/NN ./.
Brig./NNP Gen./NNP Yahya/NNP Saree/NNP ,/, the/DT Houthi/NNP military/JJ spokesman/NN ,/, said/VBD the/DT group/NN had/VBD targeted/VBN the/DT port/NN of/IN Eilat/NNP ./.
Adm./NNP Brad/NNP Cooper/NNP ,/, the/DT head/NN of/IN U.S./NNP Central/NNP Command/NNP ,/, visited/VBD the/DT region/NN ./.
U.S./NNP Central/NNP Command/NNP ,/, or/CC CENTCOM/NNP ,/, said/VBD its/PRP$ forces/NNS had/VBD destroyed/VBN three/CD Houthi/NNP radar/NN sites/NNS ./.
Maj./NNP Gen./NNP Patrick/NNP Ryder/NNP ,/, the/DT Pentagon/NNP press/NN secretary/NN ,/, said/VBD no/DT U.S./NNP personnel/NNS had/VBD been/VBN hurt/VBN ./.
Sgt./NNP First/NNP Class/NNP Daniel/NNP Reyes/NNP ,/, 34/CD ,/, of/IN El/NNP Paso/NNP ,/, Texas/NNP ,/, died/VBD of/IN wounds/NNS suffered/VBN in/IN the/DT attack/NN ./.
Gen./NNP Dan/NNP Caine/NNP ,/, chairman/NN of/IN the/DT Joint/NNP Chiefs/NNPS of/IN Staff/NNP ,/, briefed/VBD reporters/NNS at/IN the/DT Pentagon/NNP ./.
The/DT Joint/NNP Chiefs/NNPS chairman/NN said/VBD the/DT strikes/NNS had/VBD caused/VBN "/" severe/JJ damage/NN "/" ./.
WASHINGTON/NNP ,/, June/NNP 22/CD (/( Reuters/NNP )/) -/: U.S./NNP B-2/NNP bombers/NNS struck/VBD three/CD Iranian/JJ nuclear/JJ sites/NNS overnight/RB ,/, President/NNP Donald/NNP Trump/NNP said/VBD ./.
The/DT Chinese/JJ Communist/NNP Party/NNP 's/POS Central/NNP Military/NNP Commission/NNP expelled/VBD two/CD generals/NNS ./.
Chinese/JJ President/NNP Xi/NNP Jinping/NNP met/VBD Russian/JJ President/NNP Vladimir/NNP Putin/NNP in/IN the/DT Kremlin/NNP ./.
Xi/NNP told/VBD Putin/NNP the/DT two/CD countries/NNS were/VBD "/" good/JJ neighbours/NNS "/" ./.
China/NNP 's/POS People/NNP 's/POS Liberation/NNP Army/NNP held/VBD drills/NNS around/IN Taiwan/NNP ,/, code-named/VBN Strait/NNP Thunder/NNP ./.
The/DT PLA/NNP Eastern/NNP Theater/NNP Command/NNP said/VBD the/DT exercises/NNS were/VBD a/DT "/" stern/JJ warning/NN "/" ./.
Hong/NNP Kong/NNP media/NNS tycoon/NN Jimmy/NNP Lai/NNP was/VBD found/VBN guilty/JJ of/IN collusion/NN with/IN foreign/JJ forces/NNS ./.
Beijing/NNP 's/POS top/JJ diplomat/NN ,/, Wang/NNP Yi/NNP ,/, held/VBD talks/NNS with/IN the/DT Indian/JJ national/JJ security/NN adviser/NN ./.
The/DT Chinese/NNPS and/CC the/DT Indians/NNPS agreed/VBD to/TO resume/VB patrols/NNS along/IN the/DT disputed/VBN border/NN ./.
Indian/JJ and/CC Chinese/JJ troops/NNS clashed/VBD in/IN the/DT Galwan/NNP Valley/NNP in/IN 2020/CD ./.
Bombay/NNP ,/, now/RB Mumbai/NNP ,/, was/VBD hit/VBN by/IN coordinated/VBN attacks/NNS in/IN November/NNP 2008/CD ./.
The/DT Burmese/JJ military/NN ,/, known/VBN as/IN the/DT Tatmadaw/NNP ,/, has/VBZ lost/VBN control/NN of/IN large/JJ parts/NNS of/IN the/DT country/NN ./.
Burma/NNP ,/, as/IN the/DT U.S./NNP government/NN long/RB called/VBD Myanmar/NNP ,/, was/VBD renamed/VBN by/IN the/DT junta/NN in/IN 1989/CD ./.
Thai/JJ Prime/NNP Minister/NNP Paetongtarn/NNP Shinawatra/NNP was/VBD suspended/VBN by/IN the/DT Constitutional/NNP Court/NNP ./.
Thailand/NNP and/CC Cambodia/NNP agreed/VBD to/TO a/DT ceasefire/NN after/IN talks/NNS in/IN Kuala/NNP Lumpur/NNP ./.
The/DT Association/NNP of/IN Southeast/NNP Asian/NNP Nations/NNPS ,/, or/CC ASEAN/NNP ,/, welcomed/VBD the/DT truce/NN ./.
Indonesian/JJ President/NNP Prabowo/NNP Subianto/NNP ,/, a/DT former/JJ general/NN ,/, took/VBD office/NN in/IN October/NNP ./.
South/NNP Korean/JJ President/NNP Yoon/NNP Suk/NNP Yeol/NNP was/VBD impeached/VBN after/IN he/PRP declared/VBD martial/JJ law/NN ./.
The/DT Constitutional/NNP Court/NNP upheld/VBD the/DT impeachment/NN ,/, and/CC Lee/NNP Jae-myung/NNP won/VBD the/DT snap/JJ election/NN ./.
North/NNP Korean/JJ troops/NNS fought/VBD alongside/IN the/DT Russians/NNPS in/IN the/DT Kursk/NNP region/NN ,/, South/NNP Korean/JJ intelligence/NN said/VBD ./.
Kim/NNP Yo/NNP Jong/NNP ,/, the/DT powerful/JJ sister/NN of/IN the/DT North/NNP Korean/JJ leader/NN ,/, issued/VBD a/DT statement/NN through/IN KCNA/NNP ./.
Pyongyang/NNP called/VBD the/DT drills/NNS a/DT rehearsal/NN for/IN invasion/NN ./.
Japan/NNP 's/POS Liberal/NNP Democratic/NNP Party/NNP chose/VBD Sanae/NNP Takaichi/NNP as/IN its/PRP$ new/JJ leader/NN ./.
Tokyo/NNP lodged/VBD a/DT protest/NN with/IN Beijing/NNP through/IN diplomatic/JJ channels/NNS ./.
The/DT Australian/JJ Defence/NNP Force/NNP sent/VBD two/CD ships/NNS to/TO the/DT region/NN ./.
Australian/JJ Prime/NNP Minister/NNP Anthony/NNP Albanese/NNP said/VBD Canberra/NNP would/MD recognise/VB a/DT Palestinian/JJ state/NN ./.
New/NNP Zealand/NNP 's/POS prime/JJ minister/NN ,/, Christopher/NNP Luxon/NNP ,/, said/VBD his/PRP$ government/NN was/VBD considering/VBG the/DT request/NN ./.
The/DT Pacific/NNP Islands/NNPS Forum/NNP meets/VBZ in/IN the/DT Solomon/NNP Islands/NNPS next/JJ month/NN ./.
Canadian/JJ Foreign/NNP Minister/NNP Anita/NNP Anand/NNP summoned/VBD the/DT Indian/JJ high/JJ commissioner/NN ./.
The/DT Royal/NNP Canadian/NNP Mounted/NNP Police/NNP accused/VBD agents/NNS of/IN the/DT Indian/JJ government/NN of/IN involvement/NN in/IN the/DT killing/NN ./.
Mexico/NNP 's/POS Attorney/NNP General/NNP 's/POS Office/NNP said/VBD the/DT cartel/NN boss/NN had/VBD been/VBN extradited/VBN ./.
Ismael/NNP "/" El/NNP Mayo/NNP "/" Zambada/NNP ,/, a/DT co-founder/NN of/IN the/DT Sinaloa/NNP Cartel/NNP ,/, pleaded/VBD guilty/JJ in/IN a/DT New/NNP York/NNP court/NN ./.
Joaquin/NNP "/" El/NNP Chapo/NNP "/" Guzman/NNP is/VBZ serving/VBG a/DT life/NN sentence/NN in/IN Colorado/NNP ./.
The/DT Salvadoran/JJ president/NN ,/, Nayib/NNP Bukele/NNP ,/, agreed/VBD to/TO house/VB deportees/NNS from/IN the/DT United/NNP States/NNPS ./.
Members/NNS of/IN the/DT Tren/NNP de/NNP Aragua/NNP gang/NN were/VBD flown/VBN to/TO El/NNP Salvador/NNP ./.
Ecuadorean/JJ President/NNP Daniel/NNP Noboa/NNP declared/VBD an/DT "/" internal/JJ armed/JJ conflict/NN "/" against/IN the/DT gangs/NNS ./.
Peru/NNP 's/POS Congress/NNP removed/VBD President/NNP Dina/NNP Boluarte/NNP from/IN office/NN ./.
Bolivian/JJ President/NNP Luis/NNP Arce/NNP accused/VBD Gen./NNP Juan/NNP Jose/NNP Zuniga/NNP of/IN attempting/VBG a/DT coup/NN ./.
Chilean/JJ President/NNP Gabriel/NNP Boric/NNP met/VBD Argentine/JJ President/NNP Javier/NNP Milei/NNP in/IN Santiago/NNP ./.
The/DT Argentines/NNPS and/CC the/DT Chileans/NNPS have/VBP settled/VBN most/JJS of/IN their/PRP$ border/NN disputes/NNS ./.
Nicaragua/NNP 's/POS co-presidents/NNS ,/, Daniel/NNP Ortega/NNP and/CC Rosario/NNP Murillo/NNP ,/, stripped/VBD 135/CD critics/NNS of/IN their/PRP$ citizenship/NN ./.
Cuban/JJ President/NNP Miguel/NNP Diaz-Canel/NNP blamed/VBD the/DT U.S./NNP embargo/NN for/IN the/DT blackouts/NNS ./.
HAVANA/NNP ,/, Oct/NNP 19/CD (/( Reuters/NNP )/) -/: Cuba/NNP 's/POS power/NN grid/NN collapsed/VBD for/IN the/DT second/JJ time/NN in/IN 24/CD hours/NNS ,/, leaving/VBG 10/CD million/CD people/NNS without/IN electricity/NN ./.
Haitian/JJ Prime/NNP Minister/NNP Garry/NNP Conille/NNP was/VBD fired/VBN by/IN the/DT Transitional/NNP Presidential/NNP Council/NNP ./.
The/DT Viv/NNP Ansanm/NNP gang/NN coalition/NN controls/VBZ about/RB 90/CD percent/NN of/IN Port-au-Prince/NNP ./.
Dominican/JJ authorities/NNS deported/VBD thousands/NNS of/IN Haitians/NNPS last/JJ month/NN ./.
The/DT Organization/NNP of/IN American/NNP States/NNPS called/VBD for/IN a/DT recount/NN ./.
Mercosur/NNP and/CC the/DT European/NNP Union/NNP concluded/VBD a/DT trade/NN agreement/NN after/IN 25/CD years/NNS of/IN talks/NNS ./.
Serbia/NNP 's/POS Prime/NNP Minister/NNP Milos/NNP Vucevic/NNP resigned/VBD after/IN students/NNS blocked/VBD the/DT main/JJ bridges/NNS in/IN Belgrade/NNP ./.
Bosnian/JJ Serb/NNP leader/NN Milorad/NNP Dodik/NNP was/VBD sentenced/VBN to/TO a/DT year/NN in/IN prison/NN ./.
Republika/NNP Srpska/NNP ,/, the/DT Serb-run/JJ half/NN of/IN Bosnia/NNP ,/, passed/VBD laws/NNS banning/VBG state/NN police/NNS from/IN its/PRP$ territory/NN ./.
The/DT Bosniaks/NNPS and/CC the/DT Croats/NNPS share/VBP power/NN in/IN the/DT other/JJ half/NN ./.
Moldovan/JJ President/NNP Maia/NNP Sandu/NNP said/VBD Russia/NNP had/VBD spent/VBN millions/NNS trying/VBG to/TO buy/VB votes/NNS ./.
The/DT breakaway/JJ region/NN of/IN Transnistria/NNP ,/, where/WRB Russian/JJ troops/NNS are/VBP stationed/VBN ,/, ran/VBD short/JJ of/IN gas/NN in/IN January/NNP ./.
Romanian/JJ President/NNP Nicusor/NNP Dan/NNP defeated/VBD a/DT far-right/JJ rival/NN in/IN the/DT runoff/NN ./.
Slovak/JJ Prime/NNP Minister/NNP Robert/NNP Fico/NNP survived/VBD an/DT assassination/NN attempt/NN in/IN the/DT town/NN of/IN Handlova/NNP ./.
Czech/JJ President/NNP Petr/NNP Pavel/NNP ,/, a/DT former/JJ NATO/NNP general/NN ,/, backed/VBD the/DT ammunition/NN initiative/NN ./.
Estonian/JJ ,/, Latvian/JJ and/CC Lithuanian/JJ leaders/NNS signed/VBD a/DT joint/JJ statement/NN ./.
The/DT Baltic/JJ states/NNS disconnected/VBD from/IN the/DT Russian/JJ power/NN grid/NN in/IN February/NNP ./.
Danish/JJ Prime/NNP Minister/NNP Mette/NNP Frederiksen/NNP said/VBD Greenland/NNP was/VBD "/" not/RB for/IN sale/NN "/" ./.
Greenlanders/NNPS voted/VBD in/IN an/DT election/NN dominated/VBN by/IN the/DT question/NN of/IN independence/NN ./.
Norwegian/JJ police/NNS arrested/VBD a/DT man/NN suspected/VBN of/IN spying/VBG for/IN Russia/NNP ./.
Icelandic/JJ volcano/NN erupts/VBZ again/RB near/IN Grindavik/NNP
Irish/JJ Taoiseach/NNP Micheal/NNP Martin/NNP met/VBD British/JJ Prime/NNP Minister/NNP Keir/NNP Starmer/NNP in/IN Dublin/NNP ./.
Sinn/NNP Fein/NNP 's/POS Michelle/NNP O'Neill/NNP became/VBD the/DT first/JJ nationalist/JJ first/JJ minister/NN of/IN Northern/NNP Ireland/NNP ./.
The/DT Irish/NNP Republican/NNP Army/NNP ended/VBD its/PRP$ armed/JJ campaign/NN in/IN 2005/CD ./.
Scotland/NNP 's/POS First/NNP Minister/NNP John/NNP Swinney/NNP said/VBD a/DT second/JJ independence/NN vote/NN remained/VBD his/PRP$ goal/NN ./.
The/DT Welsh/JJ government/NN and/CC the/DT Scottish/JJ government/NN both/DT opposed/VBD the/DT bill/NN ./.
The/DT Scots/NNPS voted/VBD against/IN independence/NN in/IN 2014/CD ./.
The/DT Swiss/JJ government/NN hosted/VBD the/DT peace/NN conference/NN at/IN the/DT Burgenstock/NNP resort/NN ./.
The/DT Swiss/NNPS have/VBP traditionally/RB stayed/VBN neutral/JJ ./.
Austrian/JJ Chancellor/NNP Christian/NNP Stocker/NNP formed/VBD a/DT three-party/JJ coalition/NN ./.
Belgian/JJ Prime/NNP Minister/NNP Bart/NNP De/NNP Wever/NNP opposed/VBD using/VBG the/DT frozen/VBN Russian/JJ assets/NNS ./.
Euroclear/NNP ,/, the/DT Brussels-based/JJ clearing/NN house/NN ,/, holds/VBZ most/JJS of/IN the/DT assets/NNS ./.
Greek/JJ Prime/NNP Minister/NNP Kyriakos/NNP Mitsotakis/NNP called/VBD for/IN the/DT return/NN of/IN the/DT Parthenon/NNP Marbles/NNPS ./.
Cypriot/JJ President/NNP Nikos/NNP Christodoulides/NNP met/VBD Turkish/JJ Cypriot/JJ leader/NN Tufan/NNP Erhurman/NNP ./.
Turkish/JJ Foreign/NNP Minister/NNP Hakan/NNP Fidan/NNP ,/, a/DT former/JJ intelligence/NN chief/NN ,/, visited/VBD Damascus/NNP ./.
Turks/NNPS and/CC Kurds/NNPS in/IN the/DT southeast/NN welcomed/VBD the/DT PKK/NNP 's/POS decision/NN ./.
Azerbaijan/NNP retook/VBD Nagorno-Karabakh/NNP in/IN a/DT one-day/JJ offensive/NN in/IN 2023/CD ,/, and/CC almost/RB all/DT of/IN the/DT region/NN 's/POS ethnic/JJ Armenians/NNPS fled/VBD ./.
Georgia/NNP 's/POS breakaway/JJ regions/NNS of/IN Abkhazia/NNP and/CC South/NNP Ossetia/NNP are/VBP recognised/VBN by/IN Moscow/NNP ./.
Kazakh/JJ President/NNP Kassym-Jomart/NNP Tokayev/NNP hosted/VBD the/DT summit/NN in/IN Astana/NNP ./.
Uzbekistan/NNP 's/POS President/NNP Shavkat/NNP Mirziyoyev/NNP won/VBD a/DT third/JJ term/NN with/IN 87/CD percent/NN of/IN the/DT vote/NN ./.
The/DT Shanghai/NNP Cooperation/NNP Organisation/NNP met/VBD in/IN Tianjin/NNP ./.
The/DT Group/NNP of/IN Seven/CD rich/JJ democracies/NNS pledged/VBD to/TO keep/VB the/DT pressure/NN on/IN Moscow/NNP ./.
G7/NNP finance/NN ministers/NNS agreed/VBD on/IN a/DT $/$ 50/CD billion/CD loan/NN for/IN Ukraine/NNP ./.
The/DT G20/NNP summit/NN in/IN Johannesburg/NNP ended/VBD without/IN a/DT joint/JJ statement/NN on/IN Ukraine/NNP ./.
The/DT BRICS/NNP group/NN ,/, which/WDT now/RB includes/VBZ Iran/NNP and/CC Egypt/NNP ,/, is/VBZ seeking/VBG to/TO reduce/VB the/DT dollar/NN 's/POS dominance/NN ./.
The/DT World/NNP Trade/NNP Organization/NNP ruled/VBD against/IN the/DT tariffs/NNS ./.
The/DT World/NNP Bank/NNP estimated/VBD reconstruction/NN costs/NNS at/IN $/$ 524/CD billion/CD ./.
The/DT Council/NNP of/IN Europe/NNP set/VBD up/RP a/DT register/NN of/IN damage/NN caused/VBN by/IN the/DT invasion/NN ./.
The/DT European/NNP Parliament/NNP 's/POS president/NN ,/, Roberta/NNP Metsola/NNP ,/, addressed/VBD the/DT Ukrainian/JJ parliament/NN ./.
The/DT Verkhovna/NNP Rada/NNP ,/, Ukraine/NNP 's/POS parliament/NN ,/, passed/VBD the/DT mobilisation/NN law/NN ./.
The/DT State/NNP Duma/NNP approved/VBD the/DT treaty/NN unanimously/RB ./.
The/DT Knesset/NNP voted/VBD to/TO dissolve/VB itself/PRP and/CC hold/VB new/JJ elections/NNS ./.
The/DT Majlis/NNP ,/, Iran/NNP 's/POS parliament/NN ,/, voted/VBD to/TO suspend/VB cooperation/NN with/IN the/DT IAEA/NNP ./.
Lebanon/NNP 's/POS parliament/NN elected/VBD army/NN commander/NN Joseph/NNP Aoun/NNP as/IN president/NN ./.
The/DT Lebanese/JJ Armed/NNP Forces/NNPS deployed/VBD along/IN the/DT Litani/NNP River/NNP ./.
The/DT Lebanese/NNPS have/VBP lived/VBN without/IN a/DT functioning/VBG state/NN for/IN years/NNS ./.
Sheikh/NNP Mohammed/NNP bin/NNP Rashid/NNP Al/NNP Maktoum/NNP ,/, the/DT ruler/NN of/IN Dubai/NNP ,/, opened/VBD the/DT new/JJ airport/NN terminal/NN ./.
Prince/NNP Faisal/NNP bin/NNP Farhan/NNP ,/, the/DT Saudi/JJ foreign/JJ minister/NN ,/, said/VBD normalisation/NN with/IN Israel/NNP depended/VBD on/IN a/DT Palestinian/JJ state/NN ./.
The/DT Saudi-led/JJ coalition/NN has/VBZ not/RB carried/VBN out/RP air/NN strikes/NNS in/IN Yemen/NNP since/IN 2022/CD ./.
Oman/NNP 's/POS Sultan/NNP Haitham/NNP bin/NNP Tariq/NNP received/VBD the/DT Iranian/JJ president/NN in/IN Muscat/NNP ./.
Kuwait/NNP 's/POS Emir/NNP suspended/VBD parliament/NN for/IN up/IN to/TO four/CD years/NNS ./.
Bahraini/JJ authorities/NNS released/VBD more/JJR than/IN 1,500/CD prisoners/NNS ./.
Algerian/JJ President/NNP Abdelmadjid/NNP Tebboune/NNP recalled/VBD his/PRP$ ambassador/NN from/IN Paris/NNP ./.
Moroccan/JJ King/NNP Mohammed/NNP VI/NNP pardoned/VBD three/CD journalists/NNS ./.
Tunisian/JJ President/NNP Kais/NNP Saied/NNP dissolved/VBD parliament/NN and/CC ruled/VBD by/IN decree/NN ./.
The/DT Polisario/NNP Front/NNP seeks/VBZ independence/NN for/IN Western/NNP Sahara/NNP ./.
TRIPOLI/NNP ,/, Libya/NNP (/( AP/NNP )/) --/: Clashes/NNS erupted/VBD in/IN the/DT Libyan/JJ capital/NN late/RB on/IN Monday/NNP after/IN the/DT killing/NN of/IN a/DT militia/NN commander/NN ,/, residents/NNS said/VBD ./.
Muhammad/NNP al-Jolani/NNP ,/, as/IN his/PRP$ name/NN was/VBD often/RB spelled/VBN ,/, dropped/VBD his/PRP$ nom/FW de/FW guerre/FW after/IN taking/VBG power/NN ./.
Abdel/NNP Fattah/NNP al-Sisi/NNP ,/, also/RB written/VBN el-Sissi/NNP ,/, led/VBD the/DT army/NN 's/POS overthrow/NN of/IN President/NNP Mohamed/NNP Morsi/NNP in/IN 2013/CD ./.
Teheran/NNP and/CC Tehran/NNP are/VBP both/DT used/VBN in/IN older/JJR English/JJ texts/NNS ,/, as/IN are/VBP Kiev/NNP and/CC Kyiv/NNP ./.
Kharkov/NNP ,/, now/RB usually/RB written/VBN Kharkiv/NNP ,/, lies/VBZ about/RB 30/CD kilometres/NNS from/IN the/DT Russian/JJ border/NN ./.
President/NNP Zelenskyy/NNP 's/POS chief/NN of/IN staff/NN ,/, Andriy/NNP Yermak/NNP ,/, resigned/VBD after/IN anti-corruption/JJ investigators/NNS searched/VBD his/PRP$ home/NN ./.
The/DT National/NNP Anti-Corruption/NNP Bureau/NNP of/IN Ukraine/NNP ,/, known/VBN as/IN NABU/NNP ,/, said/VBD the/DT scheme/NN involved/VBD $/$ 100/CD million/CD ./.
H.R./NNP McMaster/NNP ,/, a/DT retired/VBN lieutenant/NN general/NN ,/, served/VBD as/IN national/JJ security/NN adviser/NN ./.
Former/JJ Secretary/NNP of/IN State/NNP Madeleine/NNP K./NNP Albright/NNP died/VBD in/IN 2022/CD ./.
J./NNP Robert/NNP Oppenheimer/NNP led/VBD the/DT Manhattan/NNP Project/NNP at/IN Los/NNP Alamos/NNP ./.
Sen./NNP Chuck/NNP Schumer/NNP ,/, a/DT New/NNP York/NNP Democrat/NNP ,/, said/VBD the/DT bill/NN would/MD not/RB pass/VB the/DT Senate/NNP ./.
The/DT Russian/JJ Foreign/NNP Intelligence/NNP Service/NNP ,/, or/CC SVR/NNP ,/, accused/VBD the/DT British/NNPS of/IN planning/VBG a/DT provocation/NN ./.
The/DT GRU/NNP ,/, Russia/NNP 's/POS military/JJ intelligence/NN agency/NN ,/, was/VBD blamed/VBN for/IN the/DT poisoning/NN in/IN Salisbury/NNP ./.
Sheikh/NNP Hasina/NNP 's/POS Awami/NNP League/NNP was/VBD barred/VBN from/IN contesting/VBG the/DT election/NN ./.
Imran/NNP Khan/NNP ,/, the/DT former/JJ cricket/NN star/NN and/CC prime/JJ minister/NN ,/, has/VBZ been/VBN in/IN jail/NN since/IN August/NNP 2023/CD ./.
His/PRP$ Pakistan/NNP Tehreek-e-Insaf/NNP party/NN ,/, or/CC PTI/NNP ,/, says/VBZ the/DT charges/NNS are/VBP politically/RB motivated/VBN ./.
Mahsa/NNP Amini/NNP ,/, a/DT 22-year-old/JJ Kurdish/JJ Iranian/JJ woman/NN ,/, died/VBD in/IN the/DT custody/NN of/IN Iran/NNP 's/POS morality/NN police/NNS in/IN 2022/CD ./.
Narges/NNP Mohammadi/NNP ,/, the/DT jailed/VBN Iranian/JJ activist/NN ,/, won/VBD the/DT Nobel/NNP Peace/NNP Prize/NNP ./.
BEIRUT/NNP ,/, Sept/NNP 27/CD (/( Reuters/NNP )/) -/: Israel/NNP carried/VBD out/RP a/DT massive/JJ air/NN strike/NN on/IN Hezbollah/NNP 's/POS headquarters/NN in/IN Beirut/NNP 's/POS southern/JJ suburbs/NNS on/IN Friday/NNP ,/, flattening/VBG several/JJ buildings/NNS ./.
